; ModuleID = 'alibi'
source_filename = "alibi"
target triple = "x86_64-unknown-linux-gnu"

@alibi_slopes = internal constant [32 x float] [float 0x3FF3691760000000, float 0x3FF0527DC0000000, float 0x3FEB735B40000000, float 0x3FE7154760000000, float 0x3FE3691760000000, float 0x3FE0527DC0000000, float 0x3FDB735B40000000, float 0x3FD7154760000000, float 0x3FD3691760000000, float 0x3FD0527DC0000000, float 0x3FCB735B40000000, float 0x3FC7154760000000, float 0x3FC3691760000000, float 0x3FC0527DC0000000, float 0x3FBB735B40000000, float 0x3FB7154760000000, float 0x3FB3691760000000, float 0x3FB0527DC0000000, float 0x3FAB735B40000000, float 0x3FA7154760000000, float 0x3FA3691760000000, float 0x3FA0527DC0000000, float 0x3F9B735B40000000, float 0x3F97154760000000, float 0x3F93691760000000, float 0x3F90527DC0000000, float 0x3F8B735B40000000, float 0x3F87154760000000, float 0x3F83691760000000, float 0x3F80527DC0000000, float 0x3F7B735B40000000, float 0x3F77154760000000]
@alibi.name = private unnamed_addr constant [6 x i8] c"alibi\00"
@alibi.spec = private unnamed_addr constant [391 x i8] c"attncc: 1\0Aname: alibi\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Ascore: {alibi: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@alibi_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 -7410988765568390325, ptr @alibi.name, ptr @alibi.spec, i32 32, i32 32, i32 128, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 8192, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 1, float 0.000000e+00, i32 0 }, align 8
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

done:                                             ; preds = %orow97, %entry
  ret void

rinit:                                            ; preds = %entry, %exit10
  %rinit1 = phi i32 [ %72, %exit10 ], [ 0, %entry ]
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
  %h = add i32 %h_begin, %33
  %hq = add i32 %kv_head0, %h
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 32
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 256
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %42 = sub i32 %nrows, 1
  %43 = sdiv i32 %42, %nh
  %44 = add i32 %q_begin, %43
  %45 = add i32 %q_pos0, %44
  %46 = add i32 %45, 1
  %47 = call i32 @llvm.smin.i32(i32 %46, i32 %k_end)
  %k_last = sub i32 %47, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %56, %body2 ]
  %48 = icmp slt i64 %chunk5, 8
  br i1 %48, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %49 = mul i64 %chunk5, 32
  %50 = getelementptr i8, ptr %39, i64 %49
  %51 = load <16 x i16>, ptr %50, align 2
  %52 = zext <16 x i16> %51 to <16 x i32>
  %53 = shl <16 x i32> %52, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %53 to <16 x float>
  %54 = fmul <16 x float> %bf16, %splat
  %55 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %54, ptr %55, align 64
  %56 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %57 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %57, align 4
  %58 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %58, align 4
  %59 = getelementptr i32, ptr %lims, i64 %26
  %60 = add i32 %q_pos0, %qi
  %61 = add i32 %60, 1
  %62 = call i32 @llvm.smin.i32(i32 %61, i32 %k_end)
  store i32 %62, ptr %59, align 4
  %63 = getelementptr i32, ptr %qpos, i64 %26
  store i32 %60, ptr %63, align 4
  %64 = getelementptr float, ptr %slopes, i64 %26
  %65 = getelementptr float, ptr @alibi_slopes, i64 %37
  %slope = load float, ptr %65, align 4
  store float %slope, ptr %64, align 4
  br label %acczero

acczero:                                          ; preds = %body8, %exit4
  %acczero11 = phi i64 [ 0, %exit4 ], [ %71, %body8 ]
  %66 = icmp slt i64 %acczero11, 8
  br i1 %66, label %body8, label %exit10

body8:                                            ; preds = %acczero
  %67 = mul i64 %acczero11, 16
  %68 = mul i64 %26, 128
  %69 = add i64 %68, %67
  %70 = getelementptr float, ptr %accs, i64 %69
  store <16 x float> zeroinitializer, ptr %70, align 64
  %71 = add nsw i64 %acczero11, 1
  br label %acczero

exit10:                                           ; preds = %acczero
  %72 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock15 = phi i32 [ %k_begin, %exit ], [ %74, %kvh ]
  %73 = icmp slt i32 %kblock15, %47
  br i1 %73, label %body12, label %orow97

body12:                                           ; preds = %kblock
  %74 = add i32 %kblock15, 32
  br label %kvh

kvh:                                              ; preds = %exit84, %body12
  %kvh19 = phi i32 [ 0, %body12 ], [ %77, %exit84 ]
  %75 = icmp slt i32 %kvh19, 32
  br i1 %75, label %body16, label %kblock

body16:                                           ; preds = %kvh
  %76 = icmp eq i32 %kvh19, 31
  %77 = add i32 %kvh19, 1
  %78 = select i1 %76, i32 0, i32 %77
  %kb_next = select i1 %76, i32 %74, i32 %kblock15
  %79 = sext i32 %kvh19 to i64
  %80 = add i64 %21, %79
  %81 = getelementptr float, ptr %ms, i64 %79
  %82 = getelementptr float, ptr %ls, i64 %79
  %83 = mul i64 %79, 8
  %84 = getelementptr <16 x float>, ptr %qs, i64 %83
  %85 = mul i64 %79, 128
  %86 = getelementptr float, ptr %accs, i64 %85
  %87 = getelementptr i32, ptr %lims, i64 %79
  %88 = getelementptr i32, ptr %qpos, i64 %79
  %89 = getelementptr float, ptr %slopes, i64 %79
  %90 = sext i32 %78 to i64
  %91 = add i64 %21, %90
  br label %kdot

kdot:                                             ; preds = %body20, %body16
  %kdot23 = phi i32 [ 0, %body16 ], [ %215, %body20 ]
  %92 = icmp slt i32 %kdot23, 32
  br i1 %92, label %body20, label %score

body20:                                           ; preds = %kdot
  %93 = add i32 %kblock15, %kdot23
  %94 = call i32 @llvm.smin.i32(i32 %93, i32 %k_last)
  %95 = sext i32 %94 to i64
  %96 = mul i64 %95, 32
  %row = add i64 %80, %96
  %97 = mul i64 %row, 256
  %98 = getelementptr i8, ptr %20, i64 %97
  %99 = add i32 %kb_next, %kdot23
  %100 = call i32 @llvm.smin.i32(i32 %99, i32 %k_last)
  %101 = sext i32 %100 to i64
  %102 = mul i64 %101, 32
  %row24 = add i64 %91, %102
  %103 = mul i64 %row24, 256
  %104 = getelementptr i8, ptr %20, i64 %103
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = getelementptr i8, ptr %104, i64 64
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = getelementptr i8, ptr %104, i64 128
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %104, i64 192
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = add i32 %kdot23, 1
  %109 = add i32 %kblock15, %108
  %110 = call i32 @llvm.smin.i32(i32 %109, i32 %k_last)
  %111 = sext i32 %110 to i64
  %112 = mul i64 %111, 32
  %row25 = add i64 %80, %112
  %113 = mul i64 %row25, 256
  %114 = getelementptr i8, ptr %20, i64 %113
  %115 = add i32 %kb_next, %108
  %116 = call i32 @llvm.smin.i32(i32 %115, i32 %k_last)
  %117 = sext i32 %116 to i64
  %118 = mul i64 %117, 32
  %row26 = add i64 %91, %118
  %119 = mul i64 %row26, 256
  %120 = getelementptr i8, ptr %20, i64 %119
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %121 = getelementptr i8, ptr %120, i64 64
  call void @llvm.prefetch.p0(ptr %121, i32 0, i32 2, i32 1)
  %122 = getelementptr i8, ptr %120, i64 128
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %123 = getelementptr i8, ptr %120, i64 192
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 2, i32 1)
  %q27 = load <16 x float>, ptr %84, align 64
  %124 = load <16 x i16>, ptr %98, align 2
  %125 = zext <16 x i16> %124 to <16 x i32>
  %126 = shl <16 x i32> %125, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1628 = bitcast <16 x i32> %126 to <16 x float>
  %127 = load <16 x i16>, ptr %114, align 2
  %128 = zext <16 x i16> %127 to <16 x i32>
  %129 = shl <16 x i32> %128, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1629 = bitcast <16 x i32> %129 to <16 x float>
  %130 = fmul <16 x float> %q27, %bf1628
  %131 = fmul <16 x float> %q27, %bf1629
  %132 = getelementptr <16 x float>, ptr %84, i64 1
  %q30 = load <16 x float>, ptr %132, align 64
  %133 = getelementptr i8, ptr %98, i64 32
  %134 = load <16 x i16>, ptr %133, align 2
  %135 = zext <16 x i16> %134 to <16 x i32>
  %136 = shl <16 x i32> %135, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %136 to <16 x float>
  %137 = getelementptr i8, ptr %114, i64 32
  %138 = load <16 x i16>, ptr %137, align 2
  %139 = zext <16 x i16> %138 to <16 x i32>
  %140 = shl <16 x i32> %139, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %140 to <16 x float>
  %141 = fmul <16 x float> %q30, %bf1631
  %142 = fmul <16 x float> %q30, %bf1632
  %143 = getelementptr <16 x float>, ptr %84, i64 2
  %q33 = load <16 x float>, ptr %143, align 64
  %144 = getelementptr i8, ptr %98, i64 64
  %145 = load <16 x i16>, ptr %144, align 2
  %146 = zext <16 x i16> %145 to <16 x i32>
  %147 = shl <16 x i32> %146, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1634 = bitcast <16 x i32> %147 to <16 x float>
  %148 = getelementptr i8, ptr %114, i64 64
  %149 = load <16 x i16>, ptr %148, align 2
  %150 = zext <16 x i16> %149 to <16 x i32>
  %151 = shl <16 x i32> %150, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1635 = bitcast <16 x i32> %151 to <16 x float>
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1634, <16 x float> %130)
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %bf1635, <16 x float> %131)
  %154 = getelementptr <16 x float>, ptr %84, i64 3
  %q36 = load <16 x float>, ptr %154, align 64
  %155 = getelementptr i8, ptr %98, i64 96
  %156 = load <16 x i16>, ptr %155, align 2
  %157 = zext <16 x i16> %156 to <16 x i32>
  %158 = shl <16 x i32> %157, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1637 = bitcast <16 x i32> %158 to <16 x float>
  %159 = getelementptr i8, ptr %114, i64 96
  %160 = load <16 x i16>, ptr %159, align 2
  %161 = zext <16 x i16> %160 to <16 x i32>
  %162 = shl <16 x i32> %161, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1638 = bitcast <16 x i32> %162 to <16 x float>
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1637, <16 x float> %141)
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %bf1638, <16 x float> %142)
  %165 = getelementptr <16 x float>, ptr %84, i64 4
  %q39 = load <16 x float>, ptr %165, align 64
  %166 = getelementptr i8, ptr %98, i64 128
  %167 = load <16 x i16>, ptr %166, align 2
  %168 = zext <16 x i16> %167 to <16 x i32>
  %169 = shl <16 x i32> %168, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1640 = bitcast <16 x i32> %169 to <16 x float>
  %170 = getelementptr i8, ptr %114, i64 128
  %171 = load <16 x i16>, ptr %170, align 2
  %172 = zext <16 x i16> %171 to <16 x i32>
  %173 = shl <16 x i32> %172, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %173 to <16 x float>
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %bf1640, <16 x float> %152)
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %bf1641, <16 x float> %153)
  %176 = getelementptr <16 x float>, ptr %84, i64 5
  %q42 = load <16 x float>, ptr %176, align 64
  %177 = getelementptr i8, ptr %98, i64 160
  %178 = load <16 x i16>, ptr %177, align 2
  %179 = zext <16 x i16> %178 to <16 x i32>
  %180 = shl <16 x i32> %179, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1643 = bitcast <16 x i32> %180 to <16 x float>
  %181 = getelementptr i8, ptr %114, i64 160
  %182 = load <16 x i16>, ptr %181, align 2
  %183 = zext <16 x i16> %182 to <16 x i32>
  %184 = shl <16 x i32> %183, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1644 = bitcast <16 x i32> %184 to <16 x float>
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %bf1643, <16 x float> %163)
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %bf1644, <16 x float> %164)
  %187 = getelementptr <16 x float>, ptr %84, i64 6
  %q45 = load <16 x float>, ptr %187, align 64
  %188 = getelementptr i8, ptr %98, i64 192
  %189 = load <16 x i16>, ptr %188, align 2
  %190 = zext <16 x i16> %189 to <16 x i32>
  %191 = shl <16 x i32> %190, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %191 to <16 x float>
  %192 = getelementptr i8, ptr %114, i64 192
  %193 = load <16 x i16>, ptr %192, align 2
  %194 = zext <16 x i16> %193 to <16 x i32>
  %195 = shl <16 x i32> %194, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %195 to <16 x float>
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %bf1646, <16 x float> %174)
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %bf1647, <16 x float> %175)
  %198 = getelementptr <16 x float>, ptr %84, i64 7
  %q48 = load <16 x float>, ptr %198, align 64
  %199 = getelementptr i8, ptr %98, i64 224
  %200 = load <16 x i16>, ptr %199, align 2
  %201 = zext <16 x i16> %200 to <16 x i32>
  %202 = shl <16 x i32> %201, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1649 = bitcast <16 x i32> %202 to <16 x float>
  %203 = getelementptr i8, ptr %114, i64 224
  %204 = load <16 x i16>, ptr %203, align 2
  %205 = zext <16 x i16> %204 to <16 x i32>
  %206 = shl <16 x i32> %205, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1650 = bitcast <16 x i32> %206 to <16 x float>
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %bf1649, <16 x float> %185)
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %bf1650, <16 x float> %186)
  %209 = fadd <16 x float> %196, %207
  %210 = sext i32 %kdot23 to i64
  %211 = getelementptr <16 x float>, ptr %dbuf, i64 %210
  store <16 x float> %209, ptr %211, align 64
  %212 = fadd <16 x float> %197, %208
  %213 = sext i32 %108 to i64
  %214 = getelementptr <16 x float>, ptr %dbuf, i64 %213
  store <16 x float> %212, ptr %214, align 64
  %215 = add nsw i32 %kdot23, 2
  br label %kdot

score:                                            ; preds = %kdot, %body51
  %score54 = phi i64 [ %335, %body51 ], [ 0, %kdot ]
  %216 = icmp slt i64 %score54, 2
  br i1 %216, label %body51, label %rmax

body51:                                           ; preds = %score
  %217 = sdiv i64 %score54, 2
  %218 = srem i64 %score54, 2
  %219 = mul i64 %218, 16
  %220 = mul i64 %217, 32
  %221 = add i64 %220, %219
  %222 = getelementptr <16 x float>, ptr %dbuf, i64 %221
  %223 = load <16 x float>, ptr %222, align 64
  %224 = add i64 %221, 1
  %225 = getelementptr <16 x float>, ptr %dbuf, i64 %224
  %226 = load <16 x float>, ptr %225, align 64
  %227 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %228 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = add i64 %221, 2
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  %232 = load <16 x float>, ptr %231, align 64
  %233 = add i64 %221, 3
  %234 = getelementptr <16 x float>, ptr %dbuf, i64 %233
  %235 = load <16 x float>, ptr %234, align 64
  %236 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %237 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %238 = fadd <16 x float> %236, %237
  %239 = shufflevector <16 x float> %229, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %240 = shufflevector <16 x float> %229, <16 x float> %238, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %241 = fadd <16 x float> %239, %240
  %242 = add i64 %221, 4
  %243 = getelementptr <16 x float>, ptr %dbuf, i64 %242
  %244 = load <16 x float>, ptr %243, align 64
  %245 = add i64 %221, 5
  %246 = getelementptr <16 x float>, ptr %dbuf, i64 %245
  %247 = load <16 x float>, ptr %246, align 64
  %248 = shufflevector <16 x float> %244, <16 x float> %247, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %249 = shufflevector <16 x float> %244, <16 x float> %247, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %250 = fadd <16 x float> %248, %249
  %251 = add i64 %221, 6
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  %253 = load <16 x float>, ptr %252, align 64
  %254 = add i64 %221, 7
  %255 = getelementptr <16 x float>, ptr %dbuf, i64 %254
  %256 = load <16 x float>, ptr %255, align 64
  %257 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %258 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %259 = fadd <16 x float> %257, %258
  %260 = shufflevector <16 x float> %250, <16 x float> %259, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %261 = shufflevector <16 x float> %250, <16 x float> %259, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %262 = fadd <16 x float> %260, %261
  %263 = shufflevector <16 x float> %241, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %264 = shufflevector <16 x float> %241, <16 x float> %262, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %265 = fadd <16 x float> %263, %264
  %266 = add i64 %221, 8
  %267 = getelementptr <16 x float>, ptr %dbuf, i64 %266
  %268 = load <16 x float>, ptr %267, align 64
  %269 = add i64 %221, 9
  %270 = getelementptr <16 x float>, ptr %dbuf, i64 %269
  %271 = load <16 x float>, ptr %270, align 64
  %272 = shufflevector <16 x float> %268, <16 x float> %271, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %273 = shufflevector <16 x float> %268, <16 x float> %271, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %274 = fadd <16 x float> %272, %273
  %275 = add i64 %221, 10
  %276 = getelementptr <16 x float>, ptr %dbuf, i64 %275
  %277 = load <16 x float>, ptr %276, align 64
  %278 = add i64 %221, 11
  %279 = getelementptr <16 x float>, ptr %dbuf, i64 %278
  %280 = load <16 x float>, ptr %279, align 64
  %281 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %282 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %283 = fadd <16 x float> %281, %282
  %284 = shufflevector <16 x float> %274, <16 x float> %283, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %285 = shufflevector <16 x float> %274, <16 x float> %283, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %286 = fadd <16 x float> %284, %285
  %287 = add i64 %221, 12
  %288 = getelementptr <16 x float>, ptr %dbuf, i64 %287
  %289 = load <16 x float>, ptr %288, align 64
  %290 = add i64 %221, 13
  %291 = getelementptr <16 x float>, ptr %dbuf, i64 %290
  %292 = load <16 x float>, ptr %291, align 64
  %293 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %294 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %295 = fadd <16 x float> %293, %294
  %296 = add i64 %221, 14
  %297 = getelementptr <16 x float>, ptr %dbuf, i64 %296
  %298 = load <16 x float>, ptr %297, align 64
  %299 = add i64 %221, 15
  %300 = getelementptr <16 x float>, ptr %dbuf, i64 %299
  %301 = load <16 x float>, ptr %300, align 64
  %302 = shufflevector <16 x float> %298, <16 x float> %301, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %303 = shufflevector <16 x float> %298, <16 x float> %301, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %304 = fadd <16 x float> %302, %303
  %305 = shufflevector <16 x float> %295, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %306 = shufflevector <16 x float> %295, <16 x float> %304, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %307 = fadd <16 x float> %305, %306
  %308 = shufflevector <16 x float> %286, <16 x float> %307, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %309 = shufflevector <16 x float> %286, <16 x float> %307, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %310 = fadd <16 x float> %308, %309
  %311 = shufflevector <16 x float> %265, <16 x float> %310, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %312 = shufflevector <16 x float> %265, <16 x float> %310, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %313 = fadd <16 x float> %311, %312
  %314 = getelementptr i32, ptr %87, i64 %217
  %lim = load i32, ptr %314, align 4
  %315 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat55 = shufflevector <16 x i32> %315, <16 x i32> poison, <16 x i32> zeroinitializer
  %316 = trunc i64 %219 to i32
  %317 = add i32 %kblock15, %316
  %318 = insertelement <16 x i32> poison, i32 %317, i32 0
  %splat56 = shufflevector <16 x i32> %318, <16 x i32> poison, <16 x i32> zeroinitializer
  %319 = add <16 x i32> %splat56, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %320 = getelementptr i32, ptr %88, i64 %217
  %qpos57 = load i32, ptr %320, align 4
  %321 = insertelement <16 x i32> poison, i32 %qpos57, i32 0
  %splat58 = shufflevector <16 x i32> %321, <16 x i32> poison, <16 x i32> zeroinitializer
  %322 = getelementptr float, ptr %89, i64 %217
  %slope59 = load float, ptr %322, align 4
  %323 = insertelement <16 x float> poison, float %slope59, i32 0
  %splat60 = shufflevector <16 x float> %323, <16 x float> poison, <16 x i32> zeroinitializer
  %324 = icmp slt <16 x i32> %319, %splat55
  %325 = sub <16 x i32> %319, %splat58
  %326 = sitofp <16 x i32> %325 to <16 x float>
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat60, <16 x float> %326, <16 x float> %313)
  %328 = select <16 x i1> %324, <16 x float> %327, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %329 = getelementptr float, ptr %pbuf, i64 %221
  store <16 x float> %328, ptr %329, align 64
  %330 = getelementptr <16 x float>, ptr %smax, i64 %217
  %331 = icmp eq i64 %218, 0
  %332 = load <16 x float>, ptr %330, align 64
  %333 = select i1 %331, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %332
  %334 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %333, <16 x float> %328)
  store <16 x float> %334, ptr %330, align 64
  %335 = add nsw i64 %score54, 1
  br label %score

rmax:                                             ; preds = %score, %body61
  %rmax64 = phi i64 [ %372, %body61 ], [ 0, %score ]
  %336 = icmp slt i64 %rmax64, 1
  br i1 %336, label %body61, label %pexp

body61:                                           ; preds = %rmax
  %337 = getelementptr float, ptr %81, i64 %rmax64
  %m = load float, ptr %337, align 4
  %338 = getelementptr <16 x float>, ptr %smax, i64 %rmax64
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
  %muse65 = select i1 %354, float 0.000000e+00, float %353
  %355 = fsub float %m, %muse65
  %356 = insertelement <16 x float> poison, float %355, i32 0
  %splat66 = shufflevector <16 x float> %356, <16 x float> poison, <16 x i32> zeroinitializer
  %357 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat66, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
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
  %alpha67 = extractelement <16 x float> %exp2, i32 0
  store float %353, ptr %337, align 4
  %370 = getelementptr float, ptr %muse, i64 %rmax64
  store float %muse65, ptr %370, align 4
  %371 = getelementptr float, ptr %alpha, i64 %rmax64
  store float %alpha67, ptr %371, align 4
  %372 = add nsw i64 %rmax64, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body68
  %pexp71 = phi i64 [ %403, %body68 ], [ 0, %rmax ]
  %373 = icmp slt i64 %pexp71, 2
  br i1 %373, label %body68, label %lsum76

body68:                                           ; preds = %pexp
  %374 = sdiv i64 %pexp71, 2
  %375 = srem i64 %pexp71, 2
  %376 = mul i64 %375, 16
  %377 = mul i64 %374, 32
  %378 = add i64 %377, %376
  %379 = getelementptr float, ptr %pbuf, i64 %378
  %380 = getelementptr float, ptr %muse, i64 %374
  %381 = load float, ptr %380, align 4
  %382 = insertelement <16 x float> poison, float %381, i32 0
  %splat72 = shufflevector <16 x float> %382, <16 x float> poison, <16 x i32> zeroinitializer
  %383 = load <16 x float>, ptr %379, align 64
  %384 = fsub <16 x float> %383, %splat72
  %385 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %384, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %386 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %385, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %387 = fadd <16 x float> %386, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n73 = fsub <16 x float> %387, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f74 = fsub <16 x float> %386, %n73
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f74, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %388, <16 x float> %f74, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %389, <16 x float> %f74, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %390, <16 x float> %f74, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %391, <16 x float> %f74, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %392, <16 x float> %f74, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %394 = fptosi <16 x float> %n73 to <16 x i32>
  %395 = add <16 x i32> %394, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %396 = shl <16 x i32> %395, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %397 = bitcast <16 x i32> %396 to <16 x float>
  %exp275 = fmul <16 x float> %393, %397
  store <16 x float> %exp275, ptr %379, align 64
  %398 = getelementptr <16 x float>, ptr %lsum, i64 %374
  %399 = icmp eq i64 %375, 0
  %400 = load <16 x float>, ptr %398, align 64
  %401 = select i1 %399, <16 x float> zeroinitializer, <16 x float> %400
  %402 = fadd <16 x float> %401, %exp275
  store <16 x float> %402, ptr %398, align 64
  %403 = add nsw i64 %pexp71, 1
  br label %pexp

lsum76:                                           ; preds = %pexp, %body77
  %lsum80 = phi i64 [ %412, %body77 ], [ 0, %pexp ]
  %404 = icmp slt i64 %lsum80, 1
  br i1 %404, label %body77, label %exit79

body77:                                           ; preds = %lsum76
  %405 = getelementptr float, ptr %82, i64 %lsum80
  %406 = getelementptr float, ptr %alpha, i64 %lsum80
  %407 = load float, ptr %406, align 4
  %408 = getelementptr <16 x float>, ptr %lsum, i64 %lsum80
  %409 = load <16 x float>, ptr %408, align 64
  %410 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %409)
  %l = load float, ptr %405, align 4
  %411 = call float @llvm.fmuladd.f32(float %l, float %407, float %410)
  store float %411, ptr %405, align 4
  %412 = add nsw i64 %lsum80, 1
  br label %lsum76

exit79:                                           ; preds = %lsum76
  %413 = sub i32 %47, %kblock15
  %414 = call i32 @llvm.smin.i32(i32 32, i32 %413)
  %415 = load float, ptr %alpha, align 4
  %416 = insertelement <16 x float> poison, float %415, i32 0
  %splat81 = shufflevector <16 x float> %416, <16 x float> poison, <16 x i32> zeroinitializer
  %417 = load <16 x float>, ptr %86, align 64
  %418 = fmul <16 x float> %417, %splat81
  %419 = getelementptr float, ptr %86, i64 16
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %splat81
  %422 = getelementptr float, ptr %86, i64 32
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %splat81
  %425 = getelementptr float, ptr %86, i64 48
  %426 = load <16 x float>, ptr %425, align 64
  %427 = fmul <16 x float> %426, %splat81
  %428 = getelementptr float, ptr %86, i64 64
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %splat81
  %431 = getelementptr float, ptr %86, i64 80
  %432 = load <16 x float>, ptr %431, align 64
  %433 = fmul <16 x float> %432, %splat81
  %434 = getelementptr float, ptr %86, i64 96
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %splat81
  %437 = getelementptr float, ptr %86, i64 112
  %438 = load <16 x float>, ptr %437, align 64
  %439 = fmul <16 x float> %438, %splat81
  br label %kpv

kpv:                                              ; preds = %body82, %exit79
  %pacc.sroa.28.0 = phi <16 x float> [ %439, %exit79 ], [ %496, %body82 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %436, %exit79 ], [ %491, %body82 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %433, %exit79 ], [ %486, %body82 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %430, %exit79 ], [ %481, %body82 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %427, %exit79 ], [ %476, %body82 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %424, %exit79 ], [ %471, %body82 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %421, %exit79 ], [ %466, %body82 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %418, %exit79 ], [ %461, %body82 ]
  %kpv85 = phi i32 [ 0, %exit79 ], [ %497, %body82 ]
  %440 = icmp slt i32 %kpv85, %414
  br i1 %440, label %body82, label %exit84

body82:                                           ; preds = %kpv
  %441 = add i32 %kblock15, %kpv85
  %442 = sext i32 %441 to i64
  %443 = mul i64 %442, 32
  %row86 = add i64 %80, %443
  %444 = mul i64 %row86, 256
  %445 = getelementptr i8, ptr %23, i64 %444
  %446 = add i32 %kb_next, %kpv85
  %447 = call i32 @llvm.smin.i32(i32 %446, i32 %k_last)
  %448 = sext i32 %447 to i64
  %449 = mul i64 %448, 32
  %row87 = add i64 %91, %449
  %450 = mul i64 %row87, 256
  %451 = getelementptr i8, ptr %23, i64 %450
  call void @llvm.prefetch.p0(ptr %451, i32 0, i32 2, i32 1)
  %452 = getelementptr i8, ptr %451, i64 64
  call void @llvm.prefetch.p0(ptr %452, i32 0, i32 2, i32 1)
  %453 = getelementptr i8, ptr %451, i64 128
  call void @llvm.prefetch.p0(ptr %453, i32 0, i32 2, i32 1)
  %454 = getelementptr i8, ptr %451, i64 192
  call void @llvm.prefetch.p0(ptr %454, i32 0, i32 2, i32 1)
  %455 = sext i32 %kpv85 to i64
  %456 = getelementptr float, ptr %pbuf, i64 %455
  %p = load float, ptr %456, align 4
  %457 = insertelement <16 x float> poison, float %p, i32 0
  %splat88 = shufflevector <16 x float> %457, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = load <16 x i16>, ptr %445, align 2
  %459 = zext <16 x i16> %458 to <16 x i32>
  %460 = shl <16 x i32> %459, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1689 = bitcast <16 x i32> %460 to <16 x float>
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1689, <16 x float> %pacc.sroa.0.0)
  %462 = getelementptr i8, ptr %445, i64 32
  %463 = load <16 x i16>, ptr %462, align 2
  %464 = zext <16 x i16> %463 to <16 x i32>
  %465 = shl <16 x i32> %464, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1690 = bitcast <16 x i32> %465 to <16 x float>
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1690, <16 x float> %pacc.sroa.4.0)
  %467 = getelementptr i8, ptr %445, i64 64
  %468 = load <16 x i16>, ptr %467, align 2
  %469 = zext <16 x i16> %468 to <16 x i32>
  %470 = shl <16 x i32> %469, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1691 = bitcast <16 x i32> %470 to <16 x float>
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1691, <16 x float> %pacc.sroa.8.0)
  %472 = getelementptr i8, ptr %445, i64 96
  %473 = load <16 x i16>, ptr %472, align 2
  %474 = zext <16 x i16> %473 to <16 x i32>
  %475 = shl <16 x i32> %474, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1692 = bitcast <16 x i32> %475 to <16 x float>
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1692, <16 x float> %pacc.sroa.12.0)
  %477 = getelementptr i8, ptr %445, i64 128
  %478 = load <16 x i16>, ptr %477, align 2
  %479 = zext <16 x i16> %478 to <16 x i32>
  %480 = shl <16 x i32> %479, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1693 = bitcast <16 x i32> %480 to <16 x float>
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1693, <16 x float> %pacc.sroa.16.0)
  %482 = getelementptr i8, ptr %445, i64 160
  %483 = load <16 x i16>, ptr %482, align 2
  %484 = zext <16 x i16> %483 to <16 x i32>
  %485 = shl <16 x i32> %484, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1694 = bitcast <16 x i32> %485 to <16 x float>
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1694, <16 x float> %pacc.sroa.20.0)
  %487 = getelementptr i8, ptr %445, i64 192
  %488 = load <16 x i16>, ptr %487, align 2
  %489 = zext <16 x i16> %488 to <16 x i32>
  %490 = shl <16 x i32> %489, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1695 = bitcast <16 x i32> %490 to <16 x float>
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1695, <16 x float> %pacc.sroa.24.0)
  %492 = getelementptr i8, ptr %445, i64 224
  %493 = load <16 x i16>, ptr %492, align 2
  %494 = zext <16 x i16> %493 to <16 x i32>
  %495 = shl <16 x i32> %494, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1696 = bitcast <16 x i32> %495 to <16 x float>
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1696, <16 x float> %pacc.sroa.28.0)
  %497 = add nsw i32 %kpv85, 1
  br label %kpv

exit84:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %86, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %419, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %422, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %425, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %428, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %431, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %434, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %437, align 64
  br label %kvh

orow97:                                           ; preds = %kblock, %written
  %orow101 = phi i32 [ %519, %written ], [ 0, %kblock ]
  %498 = icmp slt i32 %orow101, %nrows
  br i1 %498, label %body98, label %done

body98:                                           ; preds = %orow97
  %499 = sext i32 %orow101 to i64
  %500 = getelementptr float, ptr %ms, i64 %499
  %m102 = load float, ptr %500, align 4
  %501 = getelementptr float, ptr %ls, i64 %499
  %l103 = load float, ptr %501, align 4
  %502 = mul i64 %499, 128
  %503 = getelementptr float, ptr %accs, i64 %502
  %504 = icmp ne ptr %part, null
  br i1 %504, label %partial, label %final

partial:                                          ; preds = %body98
  %505 = sext i32 %nrows to i64
  %506 = getelementptr float, ptr %part, i64 %502
  br label %chunk104

final:                                            ; preds = %body98
  %507 = sdiv i32 %orow101, %nh
  %qi109 = add i32 %q_begin, %507
  %508 = srem i32 %orow101, %nh
  %h110 = add i32 %h_begin, %508
  %hq111 = add i32 %kv_head0, %h110
  %509 = sext i32 %qi109 to i64
  %510 = add i64 %q_row0, %509
  %511 = mul i64 %510, 32
  %512 = sext i32 %hq111 to i64
  %orow112 = add i64 %511, %512
  %513 = fcmp oeq float %l103, 0.000000e+00
  %514 = fdiv float 1.000000e+00, %l103
  %515 = select i1 %513, float 0.000000e+00, float %514
  %516 = mul i64 %orow112, 256
  %517 = getelementptr i8, ptr %out, i64 %516
  %518 = insertelement <16 x float> poison, float %515, i32 0
  %splat113 = shufflevector <16 x float> %518, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk114

written:                                          ; preds = %exit117, %exit107
  %519 = add nsw i32 %orow101, 1
  br label %orow97

chunk104:                                         ; preds = %body105, %partial
  %chunk108 = phi i64 [ 0, %partial ], [ %525, %body105 ]
  %520 = icmp slt i64 %chunk108, 8
  br i1 %520, label %body105, label %exit107

body105:                                          ; preds = %chunk104
  %521 = getelementptr <16 x float>, ptr %503, i64 %chunk108
  %522 = load <16 x float>, ptr %521, align 64
  %523 = mul i64 %chunk108, 64
  %524 = getelementptr i8, ptr %506, i64 %523
  store <16 x float> %522, ptr %524, align 4
  %525 = add nsw i64 %chunk108, 1
  br label %chunk104

exit107:                                          ; preds = %chunk104
  %526 = mul i64 %505, 128
  %527 = add i64 %526, %499
  %528 = getelementptr float, ptr %part, i64 %527
  store float %m102, ptr %528, align 4
  %529 = add i64 %527, %505
  %530 = getelementptr float, ptr %part, i64 %529
  store float %l103, ptr %530, align 4
  br label %written

chunk114:                                         ; preds = %body115, %final
  %chunk118 = phi i64 [ 0, %final ], [ %547, %body115 ]
  %531 = icmp slt i64 %chunk118, 8
  br i1 %531, label %body115, label %exit117

body115:                                          ; preds = %chunk114
  %532 = getelementptr <16 x float>, ptr %503, i64 %chunk118
  %533 = load <16 x float>, ptr %532, align 64
  %534 = fmul <16 x float> %533, %splat113
  %535 = mul i64 %chunk118, 32
  %536 = getelementptr i8, ptr %517, i64 %535
  %537 = bitcast <16 x float> %534 to <16 x i32>
  %538 = lshr <16 x i32> %537, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %539 = and <16 x i32> %538, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %540 = add <16 x i32> %539, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %541 = add <16 x i32> %537, %540
  %542 = lshr <16 x i32> %541, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %543 = fcmp uno <16 x float> %534, %534
  %544 = or <16 x i32> %538, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %545 = select <16 x i1> %543, <16 x i32> %544, <16 x i32> %542
  %546 = trunc <16 x i32> %545 to <16 x i16>
  store <16 x i16> %546, ptr %536, align 2
  %547 = add nsw i64 %chunk118, 1
  br label %chunk114

exit117:                                          ; preds = %chunk114
  %548 = call float @llvm.log.f32(float %l103)
  %549 = call float @llvm.fmuladd.f32(float %m102, float 0x3FE62E4300000000, float %548)
  %lse119 = select i1 %513, float 0xFFF0000000000000, float %549
  %550 = getelementptr float, ptr %lse, i64 %orow112
  store float %lse119, ptr %550, align 4
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
