; ModuleID = 'alibi'
source_filename = "alibi"
target triple = "x86_64-unknown-linux-gnu"

@alibi_slopes = internal constant [32 x float] [float 0x3FF3691760000000, float 0x3FF0527DC0000000, float 0x3FEB735B40000000, float 0x3FE7154760000000, float 0x3FE3691760000000, float 0x3FE0527DC0000000, float 0x3FDB735B40000000, float 0x3FD7154760000000, float 0x3FD3691760000000, float 0x3FD0527DC0000000, float 0x3FCB735B40000000, float 0x3FC7154760000000, float 0x3FC3691760000000, float 0x3FC0527DC0000000, float 0x3FBB735B40000000, float 0x3FB7154760000000, float 0x3FB3691760000000, float 0x3FB0527DC0000000, float 0x3FAB735B40000000, float 0x3FA7154760000000, float 0x3FA3691760000000, float 0x3FA0527DC0000000, float 0x3F9B735B40000000, float 0x3F97154760000000, float 0x3F93691760000000, float 0x3F90527DC0000000, float 0x3F8B735B40000000, float 0x3F87154760000000, float 0x3F83691760000000, float 0x3F80527DC0000000, float 0x3F7B735B40000000, float 0x3F77154760000000]
@alibi.name = private unnamed_addr constant [6 x i8] c"alibi\00"
@alibi.spec = private unnamed_addr constant [391 x i8] c"attncc: 1\0Aname: alibi\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Ascore: {alibi: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@alibi_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -7410988765568390325, ptr @alibi.name, ptr @alibi.spec, i32 32, i32 32, i32 128, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 8192, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 1, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@alibi_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @alibi_info_data, ptr @alibi_tile, i32 1, i32 32, i32 16, i32 16, i32 1, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @alibi_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
  %slopes = alloca [32 x float], align 64
  %qpos = alloca [32 x i32], align 64
  %lims = alloca [32 x i32], align 64
  %alpha = alloca float, align 64
  %accs = alloca [4096 x float], align 64
  %pbuf = alloca [32 x float], align 64
  %dbuf = alloca [32 x <16 x float>], align 64
  %qs = alloca [256 x <16 x float>], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %kv_head0 = mul i32 %kv_head, 32
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 67108864
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head0 to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow96, %entry
  ret void

rinit:                                            ; preds = %entry, %exit11
  %rinit1 = phi i32 [ %69, %exit11 ], [ 0, %entry ]
  %25 = icmp slt i32 %rinit1, 32
  br i1 %25, label %body, label %exit

body:                                             ; preds = %rinit
  %26 = sext i32 %rinit1 to i64
  %27 = mul i64 %26, 8
  %28 = getelementptr <16 x float>, ptr %qs, i64 %27
  %29 = icmp slt i32 %rinit1, %nrows
  %30 = sub i32 %nrows, 1
  %31 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %30)
  %32 = sdiv i32 %31, %nh
  %qi = add i32 %q_begin, %32
  %33 = srem i32 %31, %nh
  %34 = add i32 %h_begin, %33
  %hq = add i32 %kv_head0, %34
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 256
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %43 = sub i32 %nrows, 1
  %44 = sext i32 %43 to i64
  %45 = getelementptr i32, ptr %lims, i64 %44
  %fact = load i32, ptr %45, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %54, %body2 ]
  %46 = icmp slt i64 %chunk5, 8
  br i1 %46, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %47 = mul i64 %chunk5, 32
  %48 = getelementptr i8, ptr %40, i64 %47
  %49 = load <16 x i16>, ptr %48, align 2
  %50 = zext <16 x i16> %49 to <16 x i32>
  %51 = shl <16 x i32> %50, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %51 to <16 x float>
  %52 = fmul <16 x float> %bf16, %splat
  %53 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %52, ptr %53, align 64
  %54 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %55 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %55, align 4
  %56 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %56, align 4
  %57 = getelementptr i32, ptr %lims, i64 %26
  %qpos6 = add i32 %q_pos0, %qi
  %58 = add i32 %qpos6, 1
  %59 = call i32 @llvm.smin.i32(i32 %58, i32 %k_end)
  store i32 %59, ptr %57, align 4
  %60 = getelementptr i32, ptr %qpos, i64 %26
  store i32 %qpos6, ptr %60, align 4
  %61 = getelementptr float, ptr %slopes, i64 %26
  %62 = getelementptr float, ptr @alibi_slopes, i64 %38
  %slope = load float, ptr %62, align 4
  store float %slope, ptr %61, align 4
  br label %acczero

acczero:                                          ; preds = %body9, %exit4
  %acczero12 = phi i64 [ 0, %exit4 ], [ %68, %body9 ]
  %63 = icmp slt i64 %acczero12, 8
  br i1 %63, label %body9, label %exit11

body9:                                            ; preds = %acczero
  %64 = mul i64 %acczero12, 16
  %65 = mul i64 %26, 128
  %66 = add i64 %65, %64
  %67 = getelementptr float, ptr %accs, i64 %66
  store <16 x float> zeroinitializer, ptr %67, align 64
  %68 = add nsw i64 %acczero12, 1
  br label %acczero

exit11:                                           ; preds = %acczero
  %69 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock16 = phi i32 [ %k_begin, %exit ], [ %71, %kvh ]
  %70 = icmp slt i32 %kblock16, %fact
  br i1 %70, label %body13, label %orow96

body13:                                           ; preds = %kblock
  %71 = add i32 %kblock16, 32
  br label %kvh

kvh:                                              ; preds = %exit83, %body13
  %kvh20 = phi i32 [ 0, %body13 ], [ %74, %exit83 ]
  %72 = icmp slt i32 %kvh20, 32
  br i1 %72, label %body17, label %kblock

body17:                                           ; preds = %kvh
  %73 = icmp eq i32 %kvh20, 31
  %74 = add i32 %kvh20, 1
  %75 = select i1 %73, i32 0, i32 %74
  %kb_next = select i1 %73, i32 %71, i32 %kblock16
  %76 = sext i32 %kvh20 to i64
  %77 = add i64 %21, %76
  %78 = getelementptr float, ptr %ms, i64 %76
  %79 = getelementptr float, ptr %ls, i64 %76
  %80 = mul i64 %76, 8
  %81 = getelementptr <16 x float>, ptr %qs, i64 %80
  %82 = mul i64 %76, 128
  %83 = getelementptr float, ptr %accs, i64 %82
  %84 = getelementptr i32, ptr %lims, i64 %76
  %85 = getelementptr i32, ptr %qpos, i64 %76
  %86 = getelementptr float, ptr %slopes, i64 %76
  %87 = sext i32 %75 to i64
  %88 = add i64 %21, %87
  br label %kdot

kdot:                                             ; preds = %body21, %body17
  %kdot24 = phi i32 [ 0, %body17 ], [ %212, %body21 ]
  %89 = icmp slt i32 %kdot24, 32
  br i1 %89, label %body21, label %score

body21:                                           ; preds = %kdot
  %90 = add i32 %kblock16, %kdot24
  %91 = call i32 @llvm.smin.i32(i32 %90, i32 %k_last)
  %92 = sext i32 %91 to i64
  %93 = mul i64 %92, 32
  %row = add i64 %77, %93
  %94 = mul i64 %row, 256
  %95 = getelementptr i8, ptr %20, i64 %94
  %96 = add i32 %kb_next, %kdot24
  %97 = call i32 @llvm.smin.i32(i32 %96, i32 %k_last)
  %98 = sext i32 %97 to i64
  %99 = mul i64 %98, 32
  %row25 = add i64 %88, %99
  %100 = mul i64 %row25, 256
  %101 = getelementptr i8, ptr %20, i64 %100
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %101, i64 64
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %101, i64 128
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = getelementptr i8, ptr %101, i64 192
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = add i32 %kdot24, 1
  %106 = add i32 %kblock16, %105
  %107 = call i32 @llvm.smin.i32(i32 %106, i32 %k_last)
  %108 = sext i32 %107 to i64
  %109 = mul i64 %108, 32
  %row26 = add i64 %77, %109
  %110 = mul i64 %row26, 256
  %111 = getelementptr i8, ptr %20, i64 %110
  %112 = add i32 %kb_next, %105
  %113 = call i32 @llvm.smin.i32(i32 %112, i32 %k_last)
  %114 = sext i32 %113 to i64
  %115 = mul i64 %114, 32
  %row27 = add i64 %88, %115
  %116 = mul i64 %row27, 256
  %117 = getelementptr i8, ptr %20, i64 %116
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 2, i32 1)
  %118 = getelementptr i8, ptr %117, i64 64
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = getelementptr i8, ptr %117, i64 128
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %120 = getelementptr i8, ptr %117, i64 192
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %q28 = load <16 x float>, ptr %81, align 64
  %121 = load <16 x i16>, ptr %95, align 2
  %122 = zext <16 x i16> %121 to <16 x i32>
  %123 = shl <16 x i32> %122, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1629 = bitcast <16 x i32> %123 to <16 x float>
  %124 = load <16 x i16>, ptr %111, align 2
  %125 = zext <16 x i16> %124 to <16 x i32>
  %126 = shl <16 x i32> %125, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %126 to <16 x float>
  %127 = fmul <16 x float> %q28, %bf1629
  %128 = fmul <16 x float> %q28, %bf1630
  %129 = getelementptr <16 x float>, ptr %81, i64 1
  %q31 = load <16 x float>, ptr %129, align 64
  %130 = getelementptr i8, ptr %95, i64 32
  %131 = load <16 x i16>, ptr %130, align 2
  %132 = zext <16 x i16> %131 to <16 x i32>
  %133 = shl <16 x i32> %132, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %133 to <16 x float>
  %134 = getelementptr i8, ptr %111, i64 32
  %135 = load <16 x i16>, ptr %134, align 2
  %136 = zext <16 x i16> %135 to <16 x i32>
  %137 = shl <16 x i32> %136, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %137 to <16 x float>
  %138 = fmul <16 x float> %q31, %bf1632
  %139 = fmul <16 x float> %q31, %bf1633
  %140 = getelementptr <16 x float>, ptr %81, i64 2
  %q34 = load <16 x float>, ptr %140, align 64
  %141 = getelementptr i8, ptr %95, i64 64
  %142 = load <16 x i16>, ptr %141, align 2
  %143 = zext <16 x i16> %142 to <16 x i32>
  %144 = shl <16 x i32> %143, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1635 = bitcast <16 x i32> %144 to <16 x float>
  %145 = getelementptr i8, ptr %111, i64 64
  %146 = load <16 x i16>, ptr %145, align 2
  %147 = zext <16 x i16> %146 to <16 x i32>
  %148 = shl <16 x i32> %147, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %148 to <16 x float>
  %149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %bf1635, <16 x float> %127)
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %bf1636, <16 x float> %128)
  %151 = getelementptr <16 x float>, ptr %81, i64 3
  %q37 = load <16 x float>, ptr %151, align 64
  %152 = getelementptr i8, ptr %95, i64 96
  %153 = load <16 x i16>, ptr %152, align 2
  %154 = zext <16 x i16> %153 to <16 x i32>
  %155 = shl <16 x i32> %154, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1638 = bitcast <16 x i32> %155 to <16 x float>
  %156 = getelementptr i8, ptr %111, i64 96
  %157 = load <16 x i16>, ptr %156, align 2
  %158 = zext <16 x i16> %157 to <16 x i32>
  %159 = shl <16 x i32> %158, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1639 = bitcast <16 x i32> %159 to <16 x float>
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1638, <16 x float> %138)
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %bf1639, <16 x float> %139)
  %162 = getelementptr <16 x float>, ptr %81, i64 4
  %q40 = load <16 x float>, ptr %162, align 64
  %163 = getelementptr i8, ptr %95, i64 128
  %164 = load <16 x i16>, ptr %163, align 2
  %165 = zext <16 x i16> %164 to <16 x i32>
  %166 = shl <16 x i32> %165, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %166 to <16 x float>
  %167 = getelementptr i8, ptr %111, i64 128
  %168 = load <16 x i16>, ptr %167, align 2
  %169 = zext <16 x i16> %168 to <16 x i32>
  %170 = shl <16 x i32> %169, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1642 = bitcast <16 x i32> %170 to <16 x float>
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %bf1641, <16 x float> %149)
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %bf1642, <16 x float> %150)
  %173 = getelementptr <16 x float>, ptr %81, i64 5
  %q43 = load <16 x float>, ptr %173, align 64
  %174 = getelementptr i8, ptr %95, i64 160
  %175 = load <16 x i16>, ptr %174, align 2
  %176 = zext <16 x i16> %175 to <16 x i32>
  %177 = shl <16 x i32> %176, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1644 = bitcast <16 x i32> %177 to <16 x float>
  %178 = getelementptr i8, ptr %111, i64 160
  %179 = load <16 x i16>, ptr %178, align 2
  %180 = zext <16 x i16> %179 to <16 x i32>
  %181 = shl <16 x i32> %180, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %181 to <16 x float>
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %bf1644, <16 x float> %160)
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %bf1645, <16 x float> %161)
  %184 = getelementptr <16 x float>, ptr %81, i64 6
  %q46 = load <16 x float>, ptr %184, align 64
  %185 = getelementptr i8, ptr %95, i64 192
  %186 = load <16 x i16>, ptr %185, align 2
  %187 = zext <16 x i16> %186 to <16 x i32>
  %188 = shl <16 x i32> %187, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %188 to <16 x float>
  %189 = getelementptr i8, ptr %111, i64 192
  %190 = load <16 x i16>, ptr %189, align 2
  %191 = zext <16 x i16> %190 to <16 x i32>
  %192 = shl <16 x i32> %191, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %192 to <16 x float>
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %bf1647, <16 x float> %171)
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %bf1648, <16 x float> %172)
  %195 = getelementptr <16 x float>, ptr %81, i64 7
  %q49 = load <16 x float>, ptr %195, align 64
  %196 = getelementptr i8, ptr %95, i64 224
  %197 = load <16 x i16>, ptr %196, align 2
  %198 = zext <16 x i16> %197 to <16 x i32>
  %199 = shl <16 x i32> %198, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1650 = bitcast <16 x i32> %199 to <16 x float>
  %200 = getelementptr i8, ptr %111, i64 224
  %201 = load <16 x i16>, ptr %200, align 2
  %202 = zext <16 x i16> %201 to <16 x i32>
  %203 = shl <16 x i32> %202, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1651 = bitcast <16 x i32> %203 to <16 x float>
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %bf1650, <16 x float> %182)
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %bf1651, <16 x float> %183)
  %206 = fadd <16 x float> %193, %204
  %207 = sext i32 %kdot24 to i64
  %208 = getelementptr <16 x float>, ptr %dbuf, i64 %207
  store <16 x float> %206, ptr %208, align 64
  %209 = fadd <16 x float> %194, %205
  %210 = sext i32 %105 to i64
  %211 = getelementptr <16 x float>, ptr %dbuf, i64 %210
  store <16 x float> %209, ptr %211, align 64
  %212 = add nsw i32 %kdot24, 2
  br label %kdot

score:                                            ; preds = %kdot, %body52
  %score55 = phi i64 [ %335, %body52 ], [ 0, %kdot ]
  %213 = icmp slt i64 %score55, 2
  br i1 %213, label %body52, label %rmax

body52:                                           ; preds = %score
  %214 = sdiv i64 %score55, 2
  %215 = srem i64 %score55, 2
  %216 = mul i64 %215, 16
  %217 = mul i64 %214, 32
  %218 = add i64 %217, %216
  %219 = getelementptr <16 x float>, ptr %dbuf, i64 %218
  %220 = load <16 x float>, ptr %219, align 64
  %221 = add i64 %218, 1
  %222 = getelementptr <16 x float>, ptr %dbuf, i64 %221
  %223 = load <16 x float>, ptr %222, align 64
  %224 = shufflevector <16 x float> %220, <16 x float> %223, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %225 = shufflevector <16 x float> %220, <16 x float> %223, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %226 = fadd <16 x float> %224, %225
  %227 = add i64 %218, 2
  %228 = getelementptr <16 x float>, ptr %dbuf, i64 %227
  %229 = load <16 x float>, ptr %228, align 64
  %230 = add i64 %218, 3
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  %232 = load <16 x float>, ptr %231, align 64
  %233 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %234 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %235 = fadd <16 x float> %233, %234
  %236 = shufflevector <16 x float> %226, <16 x float> %235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %237 = shufflevector <16 x float> %226, <16 x float> %235, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %238 = fadd <16 x float> %236, %237
  %239 = add i64 %218, 4
  %240 = getelementptr <16 x float>, ptr %dbuf, i64 %239
  %241 = load <16 x float>, ptr %240, align 64
  %242 = add i64 %218, 5
  %243 = getelementptr <16 x float>, ptr %dbuf, i64 %242
  %244 = load <16 x float>, ptr %243, align 64
  %245 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %246 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %247 = fadd <16 x float> %245, %246
  %248 = add i64 %218, 6
  %249 = getelementptr <16 x float>, ptr %dbuf, i64 %248
  %250 = load <16 x float>, ptr %249, align 64
  %251 = add i64 %218, 7
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  %253 = load <16 x float>, ptr %252, align 64
  %254 = shufflevector <16 x float> %250, <16 x float> %253, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %255 = shufflevector <16 x float> %250, <16 x float> %253, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %256 = fadd <16 x float> %254, %255
  %257 = shufflevector <16 x float> %247, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %258 = shufflevector <16 x float> %247, <16 x float> %256, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %259 = fadd <16 x float> %257, %258
  %260 = shufflevector <16 x float> %238, <16 x float> %259, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %261 = shufflevector <16 x float> %238, <16 x float> %259, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %262 = fadd <16 x float> %260, %261
  %263 = add i64 %218, 8
  %264 = getelementptr <16 x float>, ptr %dbuf, i64 %263
  %265 = load <16 x float>, ptr %264, align 64
  %266 = add i64 %218, 9
  %267 = getelementptr <16 x float>, ptr %dbuf, i64 %266
  %268 = load <16 x float>, ptr %267, align 64
  %269 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %270 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %271 = fadd <16 x float> %269, %270
  %272 = add i64 %218, 10
  %273 = getelementptr <16 x float>, ptr %dbuf, i64 %272
  %274 = load <16 x float>, ptr %273, align 64
  %275 = add i64 %218, 11
  %276 = getelementptr <16 x float>, ptr %dbuf, i64 %275
  %277 = load <16 x float>, ptr %276, align 64
  %278 = shufflevector <16 x float> %274, <16 x float> %277, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %279 = shufflevector <16 x float> %274, <16 x float> %277, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %280 = fadd <16 x float> %278, %279
  %281 = shufflevector <16 x float> %271, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %282 = shufflevector <16 x float> %271, <16 x float> %280, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %283 = fadd <16 x float> %281, %282
  %284 = add i64 %218, 12
  %285 = getelementptr <16 x float>, ptr %dbuf, i64 %284
  %286 = load <16 x float>, ptr %285, align 64
  %287 = add i64 %218, 13
  %288 = getelementptr <16 x float>, ptr %dbuf, i64 %287
  %289 = load <16 x float>, ptr %288, align 64
  %290 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %291 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %292 = fadd <16 x float> %290, %291
  %293 = add i64 %218, 14
  %294 = getelementptr <16 x float>, ptr %dbuf, i64 %293
  %295 = load <16 x float>, ptr %294, align 64
  %296 = add i64 %218, 15
  %297 = getelementptr <16 x float>, ptr %dbuf, i64 %296
  %298 = load <16 x float>, ptr %297, align 64
  %299 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %300 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %301 = fadd <16 x float> %299, %300
  %302 = shufflevector <16 x float> %292, <16 x float> %301, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %303 = shufflevector <16 x float> %292, <16 x float> %301, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %304 = fadd <16 x float> %302, %303
  %305 = shufflevector <16 x float> %283, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %306 = shufflevector <16 x float> %283, <16 x float> %304, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %307 = fadd <16 x float> %305, %306
  %308 = shufflevector <16 x float> %262, <16 x float> %307, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %309 = shufflevector <16 x float> %262, <16 x float> %307, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %310 = fadd <16 x float> %308, %309
  %311 = getelementptr i32, ptr %84, i64 %214
  %312 = load i32, ptr %311, align 4
  %313 = insertelement <16 x i32> poison, i32 %312, i32 0
  %splat56 = shufflevector <16 x i32> %313, <16 x i32> poison, <16 x i32> zeroinitializer
  %314 = getelementptr i32, ptr %85, i64 %214
  %315 = load i32, ptr %314, align 4
  %316 = insertelement <16 x i32> poison, i32 %315, i32 0
  %splat57 = shufflevector <16 x i32> %316, <16 x i32> poison, <16 x i32> zeroinitializer
  %317 = getelementptr float, ptr %86, i64 %214
  %318 = load float, ptr %317, align 4
  %319 = insertelement <16 x float> poison, float %318, i32 0
  %splat58 = shufflevector <16 x float> %319, <16 x float> poison, <16 x i32> zeroinitializer
  %320 = trunc i64 %216 to i32
  %321 = add i32 %kblock16, %320
  %322 = insertelement <16 x i32> poison, i32 %321, i32 0
  %splat59 = shufflevector <16 x i32> %322, <16 x i32> poison, <16 x i32> zeroinitializer
  %323 = add <16 x i32> %splat59, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %324 = icmp slt <16 x i32> %323, %splat56
  %325 = sub <16 x i32> %323, %splat57
  %326 = sitofp <16 x i32> %325 to <16 x float>
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %326, <16 x float> %310)
  %328 = select <16 x i1> %324, <16 x float> %327, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %329 = getelementptr float, ptr %pbuf, i64 %218
  store <16 x float> %328, ptr %329, align 64
  %330 = getelementptr <16 x float>, ptr %smax, i64 %214
  %331 = icmp eq i64 %215, 0
  %332 = load <16 x float>, ptr %330, align 64
  %333 = select i1 %331, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %332
  %334 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %333, <16 x float> %328)
  store <16 x float> %334, ptr %330, align 64
  %335 = add nsw i64 %score55, 1
  br label %score

rmax:                                             ; preds = %score, %body60
  %rmax63 = phi i64 [ %372, %body60 ], [ 0, %score ]
  %336 = icmp slt i64 %rmax63, 1
  br i1 %336, label %body60, label %pexp

body60:                                           ; preds = %rmax
  %337 = getelementptr float, ptr %78, i64 %rmax63
  %m = load float, ptr %337, align 4
  %338 = getelementptr <16 x float>, ptr %smax, i64 %rmax63
  %339 = load <16 x float>, ptr %338, align 64
  %340 = shufflevector <16 x float> %339, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %341 = shufflevector <16 x float> %339, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %342 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %340, <8 x float> %341)
  %343 = shufflevector <8 x float> %342, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %344 = shufflevector <8 x float> %342, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %345 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %343, <4 x float> %344)
  %346 = shufflevector <4 x float> %345, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %347 = shufflevector <4 x float> %345, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %348 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %346, <2 x float> %347)
  %349 = shufflevector <2 x float> %348, <2 x float> undef, <1 x i32> zeroinitializer
  %350 = shufflevector <2 x float> %348, <2 x float> undef, <1 x i32> <i32 1>
  %351 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %349, <1 x float> %350)
  %352 = extractelement <1 x float> %351, i32 0
  %353 = call float @llvm.maxnum.f32(float %m, float %352)
  %354 = fcmp oeq float %353, 0xFFF0000000000000
  %muse64 = select i1 %354, float 0.000000e+00, float %353
  %355 = fsub float %m, %muse64
  %356 = insertelement <16 x float> poison, float %355, i32 0
  %splat65 = shufflevector <16 x float> %356, <16 x float> poison, <16 x i32> zeroinitializer
  %357 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat65, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %358 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %357, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %359 = fadd <16 x float> %358, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %358, %n
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %366 = fptosi <16 x float> %n to <16 x i32>
  %367 = add <16 x i32> %366, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %368 = shl <16 x i32> %367, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %369 = bitcast <16 x i32> %368 to <16 x float>
  %exp2 = fmul <16 x float> %365, %369
  %alpha66 = extractelement <16 x float> %exp2, i32 0
  store float %353, ptr %337, align 4
  %370 = getelementptr float, ptr %muse, i64 %rmax63
  store float %muse64, ptr %370, align 4
  %371 = getelementptr float, ptr %alpha, i64 %rmax63
  store float %alpha66, ptr %371, align 4
  %372 = add nsw i64 %rmax63, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body67
  %pexp70 = phi i64 [ %403, %body67 ], [ 0, %rmax ]
  %373 = icmp slt i64 %pexp70, 2
  br i1 %373, label %body67, label %lsum75

body67:                                           ; preds = %pexp
  %374 = sdiv i64 %pexp70, 2
  %375 = srem i64 %pexp70, 2
  %376 = mul i64 %375, 16
  %377 = mul i64 %374, 32
  %378 = add i64 %377, %376
  %379 = getelementptr float, ptr %pbuf, i64 %378
  %380 = getelementptr float, ptr %muse, i64 %374
  %381 = load float, ptr %380, align 4
  %382 = insertelement <16 x float> poison, float %381, i32 0
  %splat71 = shufflevector <16 x float> %382, <16 x float> poison, <16 x i32> zeroinitializer
  %383 = load <16 x float>, ptr %379, align 64
  %384 = fsub <16 x float> %383, %splat71
  %385 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %384, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %386 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %385, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %387 = fadd <16 x float> %386, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n72 = fsub <16 x float> %387, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f73 = fsub <16 x float> %386, %n72
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f73, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %388, <16 x float> %f73, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %389, <16 x float> %f73, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %390, <16 x float> %f73, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %391, <16 x float> %f73, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %392, <16 x float> %f73, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %394 = fptosi <16 x float> %n72 to <16 x i32>
  %395 = add <16 x i32> %394, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %396 = shl <16 x i32> %395, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %397 = bitcast <16 x i32> %396 to <16 x float>
  %exp274 = fmul <16 x float> %393, %397
  store <16 x float> %exp274, ptr %379, align 64
  %398 = getelementptr <16 x float>, ptr %lsum, i64 %374
  %399 = icmp eq i64 %375, 0
  %400 = load <16 x float>, ptr %398, align 64
  %401 = select i1 %399, <16 x float> zeroinitializer, <16 x float> %400
  %402 = fadd <16 x float> %401, %exp274
  store <16 x float> %402, ptr %398, align 64
  %403 = add nsw i64 %pexp70, 1
  br label %pexp

lsum75:                                           ; preds = %pexp, %body76
  %lsum79 = phi i64 [ %412, %body76 ], [ 0, %pexp ]
  %404 = icmp slt i64 %lsum79, 1
  br i1 %404, label %body76, label %exit78

body76:                                           ; preds = %lsum75
  %405 = getelementptr float, ptr %79, i64 %lsum79
  %406 = getelementptr float, ptr %alpha, i64 %lsum79
  %407 = load float, ptr %406, align 4
  %408 = getelementptr <16 x float>, ptr %lsum, i64 %lsum79
  %409 = load <16 x float>, ptr %408, align 64
  %410 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %409)
  %l = load float, ptr %405, align 4
  %411 = call float @llvm.fmuladd.f32(float %l, float %407, float %410)
  store float %411, ptr %405, align 4
  %412 = add nsw i64 %lsum79, 1
  br label %lsum75

exit78:                                           ; preds = %lsum75
  %413 = sub i32 %fact, %kblock16
  %414 = call i32 @llvm.smin.i32(i32 32, i32 %413)
  %415 = load float, ptr %alpha, align 4
  %416 = insertelement <16 x float> poison, float %415, i32 0
  %splat80 = shufflevector <16 x float> %416, <16 x float> poison, <16 x i32> zeroinitializer
  %417 = load <16 x float>, ptr %83, align 64
  %418 = fmul <16 x float> %417, %splat80
  %419 = getelementptr float, ptr %83, i64 16
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %splat80
  %422 = getelementptr float, ptr %83, i64 32
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %splat80
  %425 = getelementptr float, ptr %83, i64 48
  %426 = load <16 x float>, ptr %425, align 64
  %427 = fmul <16 x float> %426, %splat80
  %428 = getelementptr float, ptr %83, i64 64
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %splat80
  %431 = getelementptr float, ptr %83, i64 80
  %432 = load <16 x float>, ptr %431, align 64
  %433 = fmul <16 x float> %432, %splat80
  %434 = getelementptr float, ptr %83, i64 96
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %splat80
  %437 = getelementptr float, ptr %83, i64 112
  %438 = load <16 x float>, ptr %437, align 64
  %439 = fmul <16 x float> %438, %splat80
  br label %kpv

kpv:                                              ; preds = %body81, %exit78
  %pacc.sroa.28.0 = phi <16 x float> [ %439, %exit78 ], [ %496, %body81 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %436, %exit78 ], [ %491, %body81 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %433, %exit78 ], [ %486, %body81 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %430, %exit78 ], [ %481, %body81 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %427, %exit78 ], [ %476, %body81 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %424, %exit78 ], [ %471, %body81 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %421, %exit78 ], [ %466, %body81 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %418, %exit78 ], [ %461, %body81 ]
  %kpv84 = phi i32 [ 0, %exit78 ], [ %497, %body81 ]
  %440 = icmp slt i32 %kpv84, %414
  br i1 %440, label %body81, label %exit83

body81:                                           ; preds = %kpv
  %441 = add i32 %kblock16, %kpv84
  %442 = sext i32 %441 to i64
  %443 = mul i64 %442, 32
  %row85 = add i64 %77, %443
  %444 = mul i64 %row85, 256
  %445 = getelementptr i8, ptr %23, i64 %444
  %446 = add i32 %kb_next, %kpv84
  %447 = call i32 @llvm.smin.i32(i32 %446, i32 %k_last)
  %448 = sext i32 %447 to i64
  %449 = mul i64 %448, 32
  %row86 = add i64 %88, %449
  %450 = mul i64 %row86, 256
  %451 = getelementptr i8, ptr %23, i64 %450
  call void @llvm.prefetch.p0(ptr %451, i32 0, i32 2, i32 1)
  %452 = getelementptr i8, ptr %451, i64 64
  call void @llvm.prefetch.p0(ptr %452, i32 0, i32 2, i32 1)
  %453 = getelementptr i8, ptr %451, i64 128
  call void @llvm.prefetch.p0(ptr %453, i32 0, i32 2, i32 1)
  %454 = getelementptr i8, ptr %451, i64 192
  call void @llvm.prefetch.p0(ptr %454, i32 0, i32 2, i32 1)
  %455 = sext i32 %kpv84 to i64
  %456 = getelementptr float, ptr %pbuf, i64 %455
  %p = load float, ptr %456, align 4
  %457 = insertelement <16 x float> poison, float %p, i32 0
  %splat87 = shufflevector <16 x float> %457, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = load <16 x i16>, ptr %445, align 2
  %459 = zext <16 x i16> %458 to <16 x i32>
  %460 = shl <16 x i32> %459, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1688 = bitcast <16 x i32> %460 to <16 x float>
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %bf1688, <16 x float> %pacc.sroa.0.0)
  %462 = getelementptr i8, ptr %445, i64 32
  %463 = load <16 x i16>, ptr %462, align 2
  %464 = zext <16 x i16> %463 to <16 x i32>
  %465 = shl <16 x i32> %464, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1689 = bitcast <16 x i32> %465 to <16 x float>
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %bf1689, <16 x float> %pacc.sroa.4.0)
  %467 = getelementptr i8, ptr %445, i64 64
  %468 = load <16 x i16>, ptr %467, align 2
  %469 = zext <16 x i16> %468 to <16 x i32>
  %470 = shl <16 x i32> %469, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1690 = bitcast <16 x i32> %470 to <16 x float>
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %bf1690, <16 x float> %pacc.sroa.8.0)
  %472 = getelementptr i8, ptr %445, i64 96
  %473 = load <16 x i16>, ptr %472, align 2
  %474 = zext <16 x i16> %473 to <16 x i32>
  %475 = shl <16 x i32> %474, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1691 = bitcast <16 x i32> %475 to <16 x float>
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %bf1691, <16 x float> %pacc.sroa.12.0)
  %477 = getelementptr i8, ptr %445, i64 128
  %478 = load <16 x i16>, ptr %477, align 2
  %479 = zext <16 x i16> %478 to <16 x i32>
  %480 = shl <16 x i32> %479, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1692 = bitcast <16 x i32> %480 to <16 x float>
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %bf1692, <16 x float> %pacc.sroa.16.0)
  %482 = getelementptr i8, ptr %445, i64 160
  %483 = load <16 x i16>, ptr %482, align 2
  %484 = zext <16 x i16> %483 to <16 x i32>
  %485 = shl <16 x i32> %484, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1693 = bitcast <16 x i32> %485 to <16 x float>
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %bf1693, <16 x float> %pacc.sroa.20.0)
  %487 = getelementptr i8, ptr %445, i64 192
  %488 = load <16 x i16>, ptr %487, align 2
  %489 = zext <16 x i16> %488 to <16 x i32>
  %490 = shl <16 x i32> %489, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1694 = bitcast <16 x i32> %490 to <16 x float>
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %bf1694, <16 x float> %pacc.sroa.24.0)
  %492 = getelementptr i8, ptr %445, i64 224
  %493 = load <16 x i16>, ptr %492, align 2
  %494 = zext <16 x i16> %493 to <16 x i32>
  %495 = shl <16 x i32> %494, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1695 = bitcast <16 x i32> %495 to <16 x float>
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %bf1695, <16 x float> %pacc.sroa.28.0)
  %497 = add nsw i32 %kpv84, 1
  br label %kpv

exit83:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %83, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %419, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %422, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %425, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %428, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %431, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %434, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %437, align 64
  br label %kvh

orow96:                                           ; preds = %kblock, %written
  %orow100 = phi i32 [ %520, %written ], [ 0, %kblock ]
  %498 = icmp slt i32 %orow100, %nrows
  br i1 %498, label %body97, label %done

body97:                                           ; preds = %orow96
  %499 = sext i32 %orow100 to i64
  %500 = getelementptr float, ptr %ms, i64 %499
  %m101 = load float, ptr %500, align 4
  %501 = getelementptr float, ptr %ls, i64 %499
  %l102 = load float, ptr %501, align 4
  %502 = mul i64 %499, 128
  %503 = getelementptr float, ptr %accs, i64 %502
  %504 = icmp ne ptr %part, null
  br i1 %504, label %partial, label %final

partial:                                          ; preds = %body97
  %505 = sext i32 %nrows to i64
  %506 = getelementptr float, ptr %part, i64 %502
  br label %chunk103

final:                                            ; preds = %body97
  %507 = sdiv i32 %orow100, %nh
  %qi108 = add i32 %q_begin, %507
  %508 = srem i32 %orow100, %nh
  %509 = add i32 %h_begin, %508
  %hq109 = add i32 %kv_head0, %509
  %510 = sext i32 %qi108 to i64
  %511 = add i64 %q_row0, %510
  %512 = mul i64 %511, 32
  %513 = sext i32 %hq109 to i64
  %orow110 = add i64 %512, %513
  %514 = fcmp oeq float %l102, 0.000000e+00
  %515 = fdiv float 1.000000e+00, %l102
  %516 = select i1 %514, float 0.000000e+00, float %515
  %517 = mul i64 %orow110, 256
  %518 = getelementptr i8, ptr %out, i64 %517
  %519 = insertelement <16 x float> poison, float %516, i32 0
  %splat111 = shufflevector <16 x float> %519, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk112

written:                                          ; preds = %exit115, %exit106
  %520 = add nsw i32 %orow100, 1
  br label %orow96

chunk103:                                         ; preds = %body104, %partial
  %chunk107 = phi i64 [ 0, %partial ], [ %526, %body104 ]
  %521 = icmp slt i64 %chunk107, 8
  br i1 %521, label %body104, label %exit106

body104:                                          ; preds = %chunk103
  %522 = getelementptr <16 x float>, ptr %503, i64 %chunk107
  %523 = load <16 x float>, ptr %522, align 64
  %524 = mul i64 %chunk107, 64
  %525 = getelementptr i8, ptr %506, i64 %524
  store <16 x float> %523, ptr %525, align 4
  %526 = add nsw i64 %chunk107, 1
  br label %chunk103

exit106:                                          ; preds = %chunk103
  %527 = mul i64 %505, 128
  %528 = add i64 %527, %499
  %529 = getelementptr float, ptr %part, i64 %528
  store float %m101, ptr %529, align 4
  %530 = add i64 %528, %505
  %531 = getelementptr float, ptr %part, i64 %530
  store float %l102, ptr %531, align 4
  br label %written

chunk112:                                         ; preds = %body113, %final
  %chunk116 = phi i64 [ 0, %final ], [ %548, %body113 ]
  %532 = icmp slt i64 %chunk116, 8
  br i1 %532, label %body113, label %exit115

body113:                                          ; preds = %chunk112
  %533 = getelementptr <16 x float>, ptr %503, i64 %chunk116
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %splat111
  %536 = mul i64 %chunk116, 32
  %537 = getelementptr i8, ptr %518, i64 %536
  %538 = bitcast <16 x float> %535 to <16 x i32>
  %539 = lshr <16 x i32> %538, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %540 = and <16 x i32> %539, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %541 = add <16 x i32> %540, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %542 = add <16 x i32> %538, %541
  %543 = lshr <16 x i32> %542, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %544 = fcmp uno <16 x float> %535, %535
  %545 = or <16 x i32> %539, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %546 = select <16 x i1> %544, <16 x i32> %545, <16 x i32> %543
  %547 = trunc <16 x i32> %546 to <16 x i16>
  store <16 x i16> %547, ptr %537, align 2
  %548 = add nsw i64 %chunk116, 1
  br label %chunk112

exit115:                                          ; preds = %chunk112
  %549 = call float @llvm.log.f32(float %l102)
  %550 = call float @llvm.fmuladd.f32(float %m101, float 0x3FE62E4300000000, float %549)
  %lse117 = select i1 %514, float 0xFFF0000000000000, float %550
  %551 = getelementptr float, ptr %lse, i64 %orow110
  store float %lse117, ptr %551, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @alibi(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @alibi_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @alibi_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @alibi_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @alibi_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @alibi_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @alibi_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @alibi_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @alibi_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @alibi_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @alibi_info() #0 {
entry:
  ret ptr @alibi_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
