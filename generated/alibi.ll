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

done:                                             ; preds = %orow97, %entry
  ret void

rinit:                                            ; preds = %entry, %exit11
  %rinit1 = phi i32 [ %71, %exit11 ], [ 0, %entry ]
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
  %44 = sdiv i32 %43, %nh
  %45 = add i32 %q_begin, %44
  %qpos13 = add i32 %q_pos0, %45
  %46 = add i32 %qpos13, 1
  %47 = call i32 @llvm.smin.i32(i32 %46, i32 %k_end)
  %k_last = sub i32 %47, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %56, %body2 ]
  %48 = icmp slt i64 %chunk5, 8
  br i1 %48, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %49 = mul i64 %chunk5, 32
  %50 = getelementptr i8, ptr %40, i64 %49
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
  %qpos6 = add i32 %q_pos0, %qi
  %60 = add i32 %qpos6, 1
  %61 = call i32 @llvm.smin.i32(i32 %60, i32 %k_end)
  store i32 %61, ptr %59, align 4
  %62 = getelementptr i32, ptr %qpos, i64 %26
  store i32 %qpos6, ptr %62, align 4
  %63 = getelementptr float, ptr %slopes, i64 %26
  %64 = getelementptr float, ptr @alibi_slopes, i64 %38
  %slope = load float, ptr %64, align 4
  store float %slope, ptr %63, align 4
  br label %acczero

acczero:                                          ; preds = %body9, %exit4
  %acczero12 = phi i64 [ 0, %exit4 ], [ %70, %body9 ]
  %65 = icmp slt i64 %acczero12, 8
  br i1 %65, label %body9, label %exit11

body9:                                            ; preds = %acczero
  %66 = mul i64 %acczero12, 16
  %67 = mul i64 %26, 128
  %68 = add i64 %67, %66
  %69 = getelementptr float, ptr %accs, i64 %68
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = add nsw i64 %acczero12, 1
  br label %acczero

exit11:                                           ; preds = %acczero
  %71 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock17 = phi i32 [ %k_begin, %exit ], [ %73, %kvh ]
  %72 = icmp slt i32 %kblock17, %47
  br i1 %72, label %body14, label %orow97

body14:                                           ; preds = %kblock
  %73 = add i32 %kblock17, 32
  br label %kvh

kvh:                                              ; preds = %exit84, %body14
  %kvh21 = phi i32 [ 0, %body14 ], [ %76, %exit84 ]
  %74 = icmp slt i32 %kvh21, 32
  br i1 %74, label %body18, label %kblock

body18:                                           ; preds = %kvh
  %75 = icmp eq i32 %kvh21, 31
  %76 = add i32 %kvh21, 1
  %77 = select i1 %75, i32 0, i32 %76
  %kb_next = select i1 %75, i32 %73, i32 %kblock17
  %78 = sext i32 %kvh21 to i64
  %79 = add i64 %21, %78
  %80 = getelementptr float, ptr %ms, i64 %78
  %81 = getelementptr float, ptr %ls, i64 %78
  %82 = mul i64 %78, 8
  %83 = getelementptr <16 x float>, ptr %qs, i64 %82
  %84 = mul i64 %78, 128
  %85 = getelementptr float, ptr %accs, i64 %84
  %86 = getelementptr i32, ptr %lims, i64 %78
  %87 = getelementptr i32, ptr %qpos, i64 %78
  %88 = getelementptr float, ptr %slopes, i64 %78
  %89 = sext i32 %77 to i64
  %90 = add i64 %21, %89
  br label %kdot

kdot:                                             ; preds = %body22, %body18
  %kdot25 = phi i32 [ 0, %body18 ], [ %214, %body22 ]
  %91 = icmp slt i32 %kdot25, 32
  br i1 %91, label %body22, label %score

body22:                                           ; preds = %kdot
  %92 = add i32 %kblock17, %kdot25
  %93 = call i32 @llvm.smin.i32(i32 %92, i32 %k_last)
  %94 = sext i32 %93 to i64
  %95 = mul i64 %94, 32
  %row = add i64 %79, %95
  %96 = mul i64 %row, 256
  %97 = getelementptr i8, ptr %20, i64 %96
  %98 = add i32 %kb_next, %kdot25
  %99 = call i32 @llvm.smin.i32(i32 %98, i32 %k_last)
  %100 = sext i32 %99 to i64
  %101 = mul i64 %100, 32
  %row26 = add i64 %90, %101
  %102 = mul i64 %row26, 256
  %103 = getelementptr i8, ptr %20, i64 %102
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = getelementptr i8, ptr %103, i64 64
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = getelementptr i8, ptr %103, i64 128
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = getelementptr i8, ptr %103, i64 192
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = add i32 %kdot25, 1
  %108 = add i32 %kblock17, %107
  %109 = call i32 @llvm.smin.i32(i32 %108, i32 %k_last)
  %110 = sext i32 %109 to i64
  %111 = mul i64 %110, 32
  %row27 = add i64 %79, %111
  %112 = mul i64 %row27, 256
  %113 = getelementptr i8, ptr %20, i64 %112
  %114 = add i32 %kb_next, %107
  %115 = call i32 @llvm.smin.i32(i32 %114, i32 %k_last)
  %116 = sext i32 %115 to i64
  %117 = mul i64 %116, 32
  %row28 = add i64 %90, %117
  %118 = mul i64 %row28, 256
  %119 = getelementptr i8, ptr %20, i64 %118
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %120 = getelementptr i8, ptr %119, i64 64
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %121 = getelementptr i8, ptr %119, i64 128
  call void @llvm.prefetch.p0(ptr %121, i32 0, i32 2, i32 1)
  %122 = getelementptr i8, ptr %119, i64 192
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %q29 = load <16 x float>, ptr %83, align 64
  %123 = load <16 x i16>, ptr %97, align 2
  %124 = zext <16 x i16> %123 to <16 x i32>
  %125 = shl <16 x i32> %124, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %125 to <16 x float>
  %126 = load <16 x i16>, ptr %113, align 2
  %127 = zext <16 x i16> %126 to <16 x i32>
  %128 = shl <16 x i32> %127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %128 to <16 x float>
  %129 = fmul <16 x float> %q29, %bf1630
  %130 = fmul <16 x float> %q29, %bf1631
  %131 = getelementptr <16 x float>, ptr %83, i64 1
  %q32 = load <16 x float>, ptr %131, align 64
  %132 = getelementptr i8, ptr %97, i64 32
  %133 = load <16 x i16>, ptr %132, align 2
  %134 = zext <16 x i16> %133 to <16 x i32>
  %135 = shl <16 x i32> %134, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %135 to <16 x float>
  %136 = getelementptr i8, ptr %113, i64 32
  %137 = load <16 x i16>, ptr %136, align 2
  %138 = zext <16 x i16> %137 to <16 x i32>
  %139 = shl <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1634 = bitcast <16 x i32> %139 to <16 x float>
  %140 = fmul <16 x float> %q32, %bf1633
  %141 = fmul <16 x float> %q32, %bf1634
  %142 = getelementptr <16 x float>, ptr %83, i64 2
  %q35 = load <16 x float>, ptr %142, align 64
  %143 = getelementptr i8, ptr %97, i64 64
  %144 = load <16 x i16>, ptr %143, align 2
  %145 = zext <16 x i16> %144 to <16 x i32>
  %146 = shl <16 x i32> %145, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %146 to <16 x float>
  %147 = getelementptr i8, ptr %113, i64 64
  %148 = load <16 x i16>, ptr %147, align 2
  %149 = zext <16 x i16> %148 to <16 x i32>
  %150 = shl <16 x i32> %149, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1637 = bitcast <16 x i32> %150 to <16 x float>
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1636, <16 x float> %129)
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1637, <16 x float> %130)
  %153 = getelementptr <16 x float>, ptr %83, i64 3
  %q38 = load <16 x float>, ptr %153, align 64
  %154 = getelementptr i8, ptr %97, i64 96
  %155 = load <16 x i16>, ptr %154, align 2
  %156 = zext <16 x i16> %155 to <16 x i32>
  %157 = shl <16 x i32> %156, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1639 = bitcast <16 x i32> %157 to <16 x float>
  %158 = getelementptr i8, ptr %113, i64 96
  %159 = load <16 x i16>, ptr %158, align 2
  %160 = zext <16 x i16> %159 to <16 x i32>
  %161 = shl <16 x i32> %160, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1640 = bitcast <16 x i32> %161 to <16 x float>
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %bf1639, <16 x float> %140)
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %bf1640, <16 x float> %141)
  %164 = getelementptr <16 x float>, ptr %83, i64 4
  %q41 = load <16 x float>, ptr %164, align 64
  %165 = getelementptr i8, ptr %97, i64 128
  %166 = load <16 x i16>, ptr %165, align 2
  %167 = zext <16 x i16> %166 to <16 x i32>
  %168 = shl <16 x i32> %167, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1642 = bitcast <16 x i32> %168 to <16 x float>
  %169 = getelementptr i8, ptr %113, i64 128
  %170 = load <16 x i16>, ptr %169, align 2
  %171 = zext <16 x i16> %170 to <16 x i32>
  %172 = shl <16 x i32> %171, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1643 = bitcast <16 x i32> %172 to <16 x float>
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %bf1642, <16 x float> %151)
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %bf1643, <16 x float> %152)
  %175 = getelementptr <16 x float>, ptr %83, i64 5
  %q44 = load <16 x float>, ptr %175, align 64
  %176 = getelementptr i8, ptr %97, i64 160
  %177 = load <16 x i16>, ptr %176, align 2
  %178 = zext <16 x i16> %177 to <16 x i32>
  %179 = shl <16 x i32> %178, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %179 to <16 x float>
  %180 = getelementptr i8, ptr %113, i64 160
  %181 = load <16 x i16>, ptr %180, align 2
  %182 = zext <16 x i16> %181 to <16 x i32>
  %183 = shl <16 x i32> %182, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %183 to <16 x float>
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %bf1645, <16 x float> %162)
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %bf1646, <16 x float> %163)
  %186 = getelementptr <16 x float>, ptr %83, i64 6
  %q47 = load <16 x float>, ptr %186, align 64
  %187 = getelementptr i8, ptr %97, i64 192
  %188 = load <16 x i16>, ptr %187, align 2
  %189 = zext <16 x i16> %188 to <16 x i32>
  %190 = shl <16 x i32> %189, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %190 to <16 x float>
  %191 = getelementptr i8, ptr %113, i64 192
  %192 = load <16 x i16>, ptr %191, align 2
  %193 = zext <16 x i16> %192 to <16 x i32>
  %194 = shl <16 x i32> %193, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1649 = bitcast <16 x i32> %194 to <16 x float>
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1648, <16 x float> %173)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1649, <16 x float> %174)
  %197 = getelementptr <16 x float>, ptr %83, i64 7
  %q50 = load <16 x float>, ptr %197, align 64
  %198 = getelementptr i8, ptr %97, i64 224
  %199 = load <16 x i16>, ptr %198, align 2
  %200 = zext <16 x i16> %199 to <16 x i32>
  %201 = shl <16 x i32> %200, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1651 = bitcast <16 x i32> %201 to <16 x float>
  %202 = getelementptr i8, ptr %113, i64 224
  %203 = load <16 x i16>, ptr %202, align 2
  %204 = zext <16 x i16> %203 to <16 x i32>
  %205 = shl <16 x i32> %204, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1652 = bitcast <16 x i32> %205 to <16 x float>
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1651, <16 x float> %184)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1652, <16 x float> %185)
  %208 = fadd <16 x float> %195, %206
  %209 = sext i32 %kdot25 to i64
  %210 = getelementptr <16 x float>, ptr %dbuf, i64 %209
  store <16 x float> %208, ptr %210, align 64
  %211 = fadd <16 x float> %196, %207
  %212 = sext i32 %107 to i64
  %213 = getelementptr <16 x float>, ptr %dbuf, i64 %212
  store <16 x float> %211, ptr %213, align 64
  %214 = add nsw i32 %kdot25, 2
  br label %kdot

score:                                            ; preds = %kdot, %body53
  %score56 = phi i64 [ %337, %body53 ], [ 0, %kdot ]
  %215 = icmp slt i64 %score56, 2
  br i1 %215, label %body53, label %rmax

body53:                                           ; preds = %score
  %216 = sdiv i64 %score56, 2
  %217 = srem i64 %score56, 2
  %218 = mul i64 %217, 16
  %219 = mul i64 %216, 32
  %220 = add i64 %219, %218
  %221 = getelementptr <16 x float>, ptr %dbuf, i64 %220
  %222 = load <16 x float>, ptr %221, align 64
  %223 = add i64 %220, 1
  %224 = getelementptr <16 x float>, ptr %dbuf, i64 %223
  %225 = load <16 x float>, ptr %224, align 64
  %226 = shufflevector <16 x float> %222, <16 x float> %225, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %227 = shufflevector <16 x float> %222, <16 x float> %225, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %228 = fadd <16 x float> %226, %227
  %229 = add i64 %220, 2
  %230 = getelementptr <16 x float>, ptr %dbuf, i64 %229
  %231 = load <16 x float>, ptr %230, align 64
  %232 = add i64 %220, 3
  %233 = getelementptr <16 x float>, ptr %dbuf, i64 %232
  %234 = load <16 x float>, ptr %233, align 64
  %235 = shufflevector <16 x float> %231, <16 x float> %234, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %236 = shufflevector <16 x float> %231, <16 x float> %234, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %237 = fadd <16 x float> %235, %236
  %238 = shufflevector <16 x float> %228, <16 x float> %237, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %239 = shufflevector <16 x float> %228, <16 x float> %237, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %240 = fadd <16 x float> %238, %239
  %241 = add i64 %220, 4
  %242 = getelementptr <16 x float>, ptr %dbuf, i64 %241
  %243 = load <16 x float>, ptr %242, align 64
  %244 = add i64 %220, 5
  %245 = getelementptr <16 x float>, ptr %dbuf, i64 %244
  %246 = load <16 x float>, ptr %245, align 64
  %247 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %248 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %249 = fadd <16 x float> %247, %248
  %250 = add i64 %220, 6
  %251 = getelementptr <16 x float>, ptr %dbuf, i64 %250
  %252 = load <16 x float>, ptr %251, align 64
  %253 = add i64 %220, 7
  %254 = getelementptr <16 x float>, ptr %dbuf, i64 %253
  %255 = load <16 x float>, ptr %254, align 64
  %256 = shufflevector <16 x float> %252, <16 x float> %255, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %257 = shufflevector <16 x float> %252, <16 x float> %255, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %258 = fadd <16 x float> %256, %257
  %259 = shufflevector <16 x float> %249, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %260 = shufflevector <16 x float> %249, <16 x float> %258, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %261 = fadd <16 x float> %259, %260
  %262 = shufflevector <16 x float> %240, <16 x float> %261, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %263 = shufflevector <16 x float> %240, <16 x float> %261, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %264 = fadd <16 x float> %262, %263
  %265 = add i64 %220, 8
  %266 = getelementptr <16 x float>, ptr %dbuf, i64 %265
  %267 = load <16 x float>, ptr %266, align 64
  %268 = add i64 %220, 9
  %269 = getelementptr <16 x float>, ptr %dbuf, i64 %268
  %270 = load <16 x float>, ptr %269, align 64
  %271 = shufflevector <16 x float> %267, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %272 = shufflevector <16 x float> %267, <16 x float> %270, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %273 = fadd <16 x float> %271, %272
  %274 = add i64 %220, 10
  %275 = getelementptr <16 x float>, ptr %dbuf, i64 %274
  %276 = load <16 x float>, ptr %275, align 64
  %277 = add i64 %220, 11
  %278 = getelementptr <16 x float>, ptr %dbuf, i64 %277
  %279 = load <16 x float>, ptr %278, align 64
  %280 = shufflevector <16 x float> %276, <16 x float> %279, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %281 = shufflevector <16 x float> %276, <16 x float> %279, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %282 = fadd <16 x float> %280, %281
  %283 = shufflevector <16 x float> %273, <16 x float> %282, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %284 = shufflevector <16 x float> %273, <16 x float> %282, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %285 = fadd <16 x float> %283, %284
  %286 = add i64 %220, 12
  %287 = getelementptr <16 x float>, ptr %dbuf, i64 %286
  %288 = load <16 x float>, ptr %287, align 64
  %289 = add i64 %220, 13
  %290 = getelementptr <16 x float>, ptr %dbuf, i64 %289
  %291 = load <16 x float>, ptr %290, align 64
  %292 = shufflevector <16 x float> %288, <16 x float> %291, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %293 = shufflevector <16 x float> %288, <16 x float> %291, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %294 = fadd <16 x float> %292, %293
  %295 = add i64 %220, 14
  %296 = getelementptr <16 x float>, ptr %dbuf, i64 %295
  %297 = load <16 x float>, ptr %296, align 64
  %298 = add i64 %220, 15
  %299 = getelementptr <16 x float>, ptr %dbuf, i64 %298
  %300 = load <16 x float>, ptr %299, align 64
  %301 = shufflevector <16 x float> %297, <16 x float> %300, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %302 = shufflevector <16 x float> %297, <16 x float> %300, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %303 = fadd <16 x float> %301, %302
  %304 = shufflevector <16 x float> %294, <16 x float> %303, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %305 = shufflevector <16 x float> %294, <16 x float> %303, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %306 = fadd <16 x float> %304, %305
  %307 = shufflevector <16 x float> %285, <16 x float> %306, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %308 = shufflevector <16 x float> %285, <16 x float> %306, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %309 = fadd <16 x float> %307, %308
  %310 = shufflevector <16 x float> %264, <16 x float> %309, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %311 = shufflevector <16 x float> %264, <16 x float> %309, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %312 = fadd <16 x float> %310, %311
  %313 = getelementptr i32, ptr %86, i64 %216
  %314 = load i32, ptr %313, align 4
  %315 = insertelement <16 x i32> poison, i32 %314, i32 0
  %splat57 = shufflevector <16 x i32> %315, <16 x i32> poison, <16 x i32> zeroinitializer
  %316 = getelementptr i32, ptr %87, i64 %216
  %317 = load i32, ptr %316, align 4
  %318 = insertelement <16 x i32> poison, i32 %317, i32 0
  %splat58 = shufflevector <16 x i32> %318, <16 x i32> poison, <16 x i32> zeroinitializer
  %319 = getelementptr float, ptr %88, i64 %216
  %320 = load float, ptr %319, align 4
  %321 = insertelement <16 x float> poison, float %320, i32 0
  %splat59 = shufflevector <16 x float> %321, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = trunc i64 %218 to i32
  %323 = add i32 %kblock17, %322
  %324 = insertelement <16 x i32> poison, i32 %323, i32 0
  %splat60 = shufflevector <16 x i32> %324, <16 x i32> poison, <16 x i32> zeroinitializer
  %325 = add <16 x i32> %splat60, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %326 = icmp slt <16 x i32> %325, %splat57
  %327 = sub <16 x i32> %325, %splat58
  %328 = sitofp <16 x i32> %327 to <16 x float>
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat59, <16 x float> %328, <16 x float> %312)
  %330 = select <16 x i1> %326, <16 x float> %329, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %331 = getelementptr float, ptr %pbuf, i64 %220
  store <16 x float> %330, ptr %331, align 64
  %332 = getelementptr <16 x float>, ptr %smax, i64 %216
  %333 = icmp eq i64 %217, 0
  %334 = load <16 x float>, ptr %332, align 64
  %335 = select i1 %333, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %334
  %336 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %335, <16 x float> %330)
  store <16 x float> %336, ptr %332, align 64
  %337 = add nsw i64 %score56, 1
  br label %score

rmax:                                             ; preds = %score, %body61
  %rmax64 = phi i64 [ %374, %body61 ], [ 0, %score ]
  %338 = icmp slt i64 %rmax64, 1
  br i1 %338, label %body61, label %pexp

body61:                                           ; preds = %rmax
  %339 = getelementptr float, ptr %80, i64 %rmax64
  %m = load float, ptr %339, align 4
  %340 = getelementptr <16 x float>, ptr %smax, i64 %rmax64
  %341 = load <16 x float>, ptr %340, align 64
  %342 = shufflevector <16 x float> %341, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %343 = shufflevector <16 x float> %341, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %344 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %342, <8 x float> %343)
  %345 = shufflevector <8 x float> %344, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %346 = shufflevector <8 x float> %344, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %347 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %345, <4 x float> %346)
  %348 = shufflevector <4 x float> %347, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %349 = shufflevector <4 x float> %347, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %350 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %348, <2 x float> %349)
  %351 = shufflevector <2 x float> %350, <2 x float> undef, <1 x i32> zeroinitializer
  %352 = shufflevector <2 x float> %350, <2 x float> undef, <1 x i32> <i32 1>
  %353 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %351, <1 x float> %352)
  %354 = extractelement <1 x float> %353, i32 0
  %355 = call float @llvm.maxnum.f32(float %m, float %354)
  %356 = fcmp oeq float %355, 0xFFF0000000000000
  %muse65 = select i1 %356, float 0.000000e+00, float %355
  %357 = fsub float %m, %muse65
  %358 = insertelement <16 x float> poison, float %357, i32 0
  %splat66 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat66, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %360 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %359, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %361 = fadd <16 x float> %360, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %361, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %360, %n
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %365, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %366, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %368 = fptosi <16 x float> %n to <16 x i32>
  %369 = add <16 x i32> %368, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %370 = shl <16 x i32> %369, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %371 = bitcast <16 x i32> %370 to <16 x float>
  %exp2 = fmul <16 x float> %367, %371
  %alpha67 = extractelement <16 x float> %exp2, i32 0
  store float %355, ptr %339, align 4
  %372 = getelementptr float, ptr %muse, i64 %rmax64
  store float %muse65, ptr %372, align 4
  %373 = getelementptr float, ptr %alpha, i64 %rmax64
  store float %alpha67, ptr %373, align 4
  %374 = add nsw i64 %rmax64, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body68
  %pexp71 = phi i64 [ %405, %body68 ], [ 0, %rmax ]
  %375 = icmp slt i64 %pexp71, 2
  br i1 %375, label %body68, label %lsum76

body68:                                           ; preds = %pexp
  %376 = sdiv i64 %pexp71, 2
  %377 = srem i64 %pexp71, 2
  %378 = mul i64 %377, 16
  %379 = mul i64 %376, 32
  %380 = add i64 %379, %378
  %381 = getelementptr float, ptr %pbuf, i64 %380
  %382 = getelementptr float, ptr %muse, i64 %376
  %383 = load float, ptr %382, align 4
  %384 = insertelement <16 x float> poison, float %383, i32 0
  %splat72 = shufflevector <16 x float> %384, <16 x float> poison, <16 x i32> zeroinitializer
  %385 = load <16 x float>, ptr %381, align 64
  %386 = fsub <16 x float> %385, %splat72
  %387 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %386, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %388 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %387, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %389 = fadd <16 x float> %388, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n73 = fsub <16 x float> %389, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f74 = fsub <16 x float> %388, %n73
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f74, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %390, <16 x float> %f74, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %391, <16 x float> %f74, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %392, <16 x float> %f74, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f74, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f74, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %396 = fptosi <16 x float> %n73 to <16 x i32>
  %397 = add <16 x i32> %396, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %398 = shl <16 x i32> %397, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %399 = bitcast <16 x i32> %398 to <16 x float>
  %exp275 = fmul <16 x float> %395, %399
  store <16 x float> %exp275, ptr %381, align 64
  %400 = getelementptr <16 x float>, ptr %lsum, i64 %376
  %401 = icmp eq i64 %377, 0
  %402 = load <16 x float>, ptr %400, align 64
  %403 = select i1 %401, <16 x float> zeroinitializer, <16 x float> %402
  %404 = fadd <16 x float> %403, %exp275
  store <16 x float> %404, ptr %400, align 64
  %405 = add nsw i64 %pexp71, 1
  br label %pexp

lsum76:                                           ; preds = %pexp, %body77
  %lsum80 = phi i64 [ %414, %body77 ], [ 0, %pexp ]
  %406 = icmp slt i64 %lsum80, 1
  br i1 %406, label %body77, label %exit79

body77:                                           ; preds = %lsum76
  %407 = getelementptr float, ptr %81, i64 %lsum80
  %408 = getelementptr float, ptr %alpha, i64 %lsum80
  %409 = load float, ptr %408, align 4
  %410 = getelementptr <16 x float>, ptr %lsum, i64 %lsum80
  %411 = load <16 x float>, ptr %410, align 64
  %412 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %411)
  %l = load float, ptr %407, align 4
  %413 = call float @llvm.fmuladd.f32(float %l, float %409, float %412)
  store float %413, ptr %407, align 4
  %414 = add nsw i64 %lsum80, 1
  br label %lsum76

exit79:                                           ; preds = %lsum76
  %415 = sub i32 %47, %kblock17
  %416 = call i32 @llvm.smin.i32(i32 32, i32 %415)
  %417 = load float, ptr %alpha, align 4
  %418 = insertelement <16 x float> poison, float %417, i32 0
  %splat81 = shufflevector <16 x float> %418, <16 x float> poison, <16 x i32> zeroinitializer
  %419 = load <16 x float>, ptr %85, align 64
  %420 = fmul <16 x float> %419, %splat81
  %421 = getelementptr float, ptr %85, i64 16
  %422 = load <16 x float>, ptr %421, align 64
  %423 = fmul <16 x float> %422, %splat81
  %424 = getelementptr float, ptr %85, i64 32
  %425 = load <16 x float>, ptr %424, align 64
  %426 = fmul <16 x float> %425, %splat81
  %427 = getelementptr float, ptr %85, i64 48
  %428 = load <16 x float>, ptr %427, align 64
  %429 = fmul <16 x float> %428, %splat81
  %430 = getelementptr float, ptr %85, i64 64
  %431 = load <16 x float>, ptr %430, align 64
  %432 = fmul <16 x float> %431, %splat81
  %433 = getelementptr float, ptr %85, i64 80
  %434 = load <16 x float>, ptr %433, align 64
  %435 = fmul <16 x float> %434, %splat81
  %436 = getelementptr float, ptr %85, i64 96
  %437 = load <16 x float>, ptr %436, align 64
  %438 = fmul <16 x float> %437, %splat81
  %439 = getelementptr float, ptr %85, i64 112
  %440 = load <16 x float>, ptr %439, align 64
  %441 = fmul <16 x float> %440, %splat81
  br label %kpv

kpv:                                              ; preds = %body82, %exit79
  %pacc.sroa.28.0 = phi <16 x float> [ %441, %exit79 ], [ %498, %body82 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %438, %exit79 ], [ %493, %body82 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %435, %exit79 ], [ %488, %body82 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %432, %exit79 ], [ %483, %body82 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %429, %exit79 ], [ %478, %body82 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %426, %exit79 ], [ %473, %body82 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %423, %exit79 ], [ %468, %body82 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %420, %exit79 ], [ %463, %body82 ]
  %kpv85 = phi i32 [ 0, %exit79 ], [ %499, %body82 ]
  %442 = icmp slt i32 %kpv85, %416
  br i1 %442, label %body82, label %exit84

body82:                                           ; preds = %kpv
  %443 = add i32 %kblock17, %kpv85
  %444 = sext i32 %443 to i64
  %445 = mul i64 %444, 32
  %row86 = add i64 %79, %445
  %446 = mul i64 %row86, 256
  %447 = getelementptr i8, ptr %23, i64 %446
  %448 = add i32 %kb_next, %kpv85
  %449 = call i32 @llvm.smin.i32(i32 %448, i32 %k_last)
  %450 = sext i32 %449 to i64
  %451 = mul i64 %450, 32
  %row87 = add i64 %90, %451
  %452 = mul i64 %row87, 256
  %453 = getelementptr i8, ptr %23, i64 %452
  call void @llvm.prefetch.p0(ptr %453, i32 0, i32 2, i32 1)
  %454 = getelementptr i8, ptr %453, i64 64
  call void @llvm.prefetch.p0(ptr %454, i32 0, i32 2, i32 1)
  %455 = getelementptr i8, ptr %453, i64 128
  call void @llvm.prefetch.p0(ptr %455, i32 0, i32 2, i32 1)
  %456 = getelementptr i8, ptr %453, i64 192
  call void @llvm.prefetch.p0(ptr %456, i32 0, i32 2, i32 1)
  %457 = sext i32 %kpv85 to i64
  %458 = getelementptr float, ptr %pbuf, i64 %457
  %p = load float, ptr %458, align 4
  %459 = insertelement <16 x float> poison, float %p, i32 0
  %splat88 = shufflevector <16 x float> %459, <16 x float> poison, <16 x i32> zeroinitializer
  %460 = load <16 x i16>, ptr %447, align 2
  %461 = zext <16 x i16> %460 to <16 x i32>
  %462 = shl <16 x i32> %461, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1689 = bitcast <16 x i32> %462 to <16 x float>
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1689, <16 x float> %pacc.sroa.0.0)
  %464 = getelementptr i8, ptr %447, i64 32
  %465 = load <16 x i16>, ptr %464, align 2
  %466 = zext <16 x i16> %465 to <16 x i32>
  %467 = shl <16 x i32> %466, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1690 = bitcast <16 x i32> %467 to <16 x float>
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1690, <16 x float> %pacc.sroa.4.0)
  %469 = getelementptr i8, ptr %447, i64 64
  %470 = load <16 x i16>, ptr %469, align 2
  %471 = zext <16 x i16> %470 to <16 x i32>
  %472 = shl <16 x i32> %471, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1691 = bitcast <16 x i32> %472 to <16 x float>
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1691, <16 x float> %pacc.sroa.8.0)
  %474 = getelementptr i8, ptr %447, i64 96
  %475 = load <16 x i16>, ptr %474, align 2
  %476 = zext <16 x i16> %475 to <16 x i32>
  %477 = shl <16 x i32> %476, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1692 = bitcast <16 x i32> %477 to <16 x float>
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1692, <16 x float> %pacc.sroa.12.0)
  %479 = getelementptr i8, ptr %447, i64 128
  %480 = load <16 x i16>, ptr %479, align 2
  %481 = zext <16 x i16> %480 to <16 x i32>
  %482 = shl <16 x i32> %481, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1693 = bitcast <16 x i32> %482 to <16 x float>
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1693, <16 x float> %pacc.sroa.16.0)
  %484 = getelementptr i8, ptr %447, i64 160
  %485 = load <16 x i16>, ptr %484, align 2
  %486 = zext <16 x i16> %485 to <16 x i32>
  %487 = shl <16 x i32> %486, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1694 = bitcast <16 x i32> %487 to <16 x float>
  %488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1694, <16 x float> %pacc.sroa.20.0)
  %489 = getelementptr i8, ptr %447, i64 192
  %490 = load <16 x i16>, ptr %489, align 2
  %491 = zext <16 x i16> %490 to <16 x i32>
  %492 = shl <16 x i32> %491, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1695 = bitcast <16 x i32> %492 to <16 x float>
  %493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1695, <16 x float> %pacc.sroa.24.0)
  %494 = getelementptr i8, ptr %447, i64 224
  %495 = load <16 x i16>, ptr %494, align 2
  %496 = zext <16 x i16> %495 to <16 x i32>
  %497 = shl <16 x i32> %496, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1696 = bitcast <16 x i32> %497 to <16 x float>
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat88, <16 x float> %bf1696, <16 x float> %pacc.sroa.28.0)
  %499 = add nsw i32 %kpv85, 1
  br label %kpv

exit84:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %85, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %421, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %424, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %427, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %430, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %433, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %436, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %439, align 64
  br label %kvh

orow97:                                           ; preds = %kblock, %written
  %orow101 = phi i32 [ %522, %written ], [ 0, %kblock ]
  %500 = icmp slt i32 %orow101, %nrows
  br i1 %500, label %body98, label %done

body98:                                           ; preds = %orow97
  %501 = sext i32 %orow101 to i64
  %502 = getelementptr float, ptr %ms, i64 %501
  %m102 = load float, ptr %502, align 4
  %503 = getelementptr float, ptr %ls, i64 %501
  %l103 = load float, ptr %503, align 4
  %504 = mul i64 %501, 128
  %505 = getelementptr float, ptr %accs, i64 %504
  %506 = icmp ne ptr %part, null
  br i1 %506, label %partial, label %final

partial:                                          ; preds = %body98
  %507 = sext i32 %nrows to i64
  %508 = getelementptr float, ptr %part, i64 %504
  br label %chunk104

final:                                            ; preds = %body98
  %509 = sdiv i32 %orow101, %nh
  %qi109 = add i32 %q_begin, %509
  %510 = srem i32 %orow101, %nh
  %511 = add i32 %h_begin, %510
  %hq110 = add i32 %kv_head0, %511
  %512 = sext i32 %qi109 to i64
  %513 = add i64 %q_row0, %512
  %514 = mul i64 %513, 32
  %515 = sext i32 %hq110 to i64
  %orow111 = add i64 %514, %515
  %516 = fcmp oeq float %l103, 0.000000e+00
  %517 = fdiv float 1.000000e+00, %l103
  %518 = select i1 %516, float 0.000000e+00, float %517
  %519 = mul i64 %orow111, 256
  %520 = getelementptr i8, ptr %out, i64 %519
  %521 = insertelement <16 x float> poison, float %518, i32 0
  %splat112 = shufflevector <16 x float> %521, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk113

written:                                          ; preds = %exit116, %exit107
  %522 = add nsw i32 %orow101, 1
  br label %orow97

chunk104:                                         ; preds = %body105, %partial
  %chunk108 = phi i64 [ 0, %partial ], [ %528, %body105 ]
  %523 = icmp slt i64 %chunk108, 8
  br i1 %523, label %body105, label %exit107

body105:                                          ; preds = %chunk104
  %524 = getelementptr <16 x float>, ptr %505, i64 %chunk108
  %525 = load <16 x float>, ptr %524, align 64
  %526 = mul i64 %chunk108, 64
  %527 = getelementptr i8, ptr %508, i64 %526
  store <16 x float> %525, ptr %527, align 4
  %528 = add nsw i64 %chunk108, 1
  br label %chunk104

exit107:                                          ; preds = %chunk104
  %529 = mul i64 %507, 128
  %530 = add i64 %529, %501
  %531 = getelementptr float, ptr %part, i64 %530
  store float %m102, ptr %531, align 4
  %532 = add i64 %530, %507
  %533 = getelementptr float, ptr %part, i64 %532
  store float %l103, ptr %533, align 4
  br label %written

chunk113:                                         ; preds = %body114, %final
  %chunk117 = phi i64 [ 0, %final ], [ %550, %body114 ]
  %534 = icmp slt i64 %chunk117, 8
  br i1 %534, label %body114, label %exit116

body114:                                          ; preds = %chunk113
  %535 = getelementptr <16 x float>, ptr %505, i64 %chunk117
  %536 = load <16 x float>, ptr %535, align 64
  %537 = fmul <16 x float> %536, %splat112
  %538 = mul i64 %chunk117, 32
  %539 = getelementptr i8, ptr %520, i64 %538
  %540 = bitcast <16 x float> %537 to <16 x i32>
  %541 = lshr <16 x i32> %540, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %542 = and <16 x i32> %541, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %543 = add <16 x i32> %542, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %544 = add <16 x i32> %540, %543
  %545 = lshr <16 x i32> %544, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %546 = fcmp uno <16 x float> %537, %537
  %547 = or <16 x i32> %541, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %548 = select <16 x i1> %546, <16 x i32> %547, <16 x i32> %545
  %549 = trunc <16 x i32> %548 to <16 x i16>
  store <16 x i16> %549, ptr %539, align 2
  %550 = add nsw i64 %chunk117, 1
  br label %chunk113

exit116:                                          ; preds = %chunk113
  %551 = call float @llvm.log.f32(float %l103)
  %552 = call float @llvm.fmuladd.f32(float %m102, float 0x3FE62E4300000000, float %551)
  %lse118 = select i1 %516, float 0xFFF0000000000000, float %552
  %553 = getelementptr float, ptr %lse, i64 %orow111
  store float %lse118, ptr %553, align 4
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
