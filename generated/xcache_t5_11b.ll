; ModuleID = 'xcache_t5_11b'
source_filename = "xcache_t5_11b"
target triple = "x86_64-unknown-linux-gnu"

@xcache_t5_11b.name = private unnamed_addr constant [14 x i8] c"xcache_t5_11b\00"
@xcache_t5_11b.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: xcache_t5_11b\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 128, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 24, d_model: 1024}\0A\00"
@xcache_t5_11b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 7315395120318662755, ptr @xcache_t5_11b.name, ptr @xcache_t5_11b.spec, i32 128, i32 128, i32 128, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 2, i32 1024, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@xcache_t5_11b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @xcache_t5_11b_info_data, ptr @xcache_t5_11b_tile, i32 1, i32 32, i32 16, i32 256, i32 1, i32 1024, ptr @xcache_t5_11b_project }, align 8

; Function Attrs: nounwind
define internal void @xcache_t5_11b_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 128
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 256
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 1024, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 128
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.42.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %39, %body ]
  %pacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %36, %body ]
  %pacc.sroa.30.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %33, %body ]
  %pacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %30, %body ]
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %40, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 16384
  %15 = add i64 %14, %col
  %16 = getelementptr float, ptr %w_out, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %17, <16 x float> %pacc.sroa.0.0)
  %19 = getelementptr float, ptr %16, i64 16
  %20 = load <16 x float>, ptr %19, align 4
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %20, <16 x float> %pacc.sroa.6.0)
  %22 = getelementptr float, ptr %16, i64 32
  %23 = load <16 x float>, ptr %22, align 4
  %24 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %23, <16 x float> %pacc.sroa.12.0)
  %25 = getelementptr float, ptr %16, i64 48
  %26 = load <16 x float>, ptr %25, align 4
  %27 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %26, <16 x float> %pacc.sroa.18.0)
  %28 = getelementptr float, ptr %16, i64 64
  %29 = load <16 x float>, ptr %28, align 4
  %30 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %29, <16 x float> %pacc.sroa.24.0)
  %31 = getelementptr float, ptr %16, i64 80
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %32, <16 x float> %pacc.sroa.30.0)
  %34 = getelementptr float, ptr %16, i64 96
  %35 = load <16 x float>, ptr %34, align 4
  %36 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %35, <16 x float> %pacc.sroa.36.0)
  %37 = getelementptr float, ptr %16, i64 112
  %38 = load <16 x float>, ptr %37, align 4
  %39 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %38, <16 x float> %pacc.sroa.42.0)
  %40 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %41 = getelementptr float, ptr %out_bias, i64 %col
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.0.0, %42
  %44 = add i64 %col, 16
  %45 = getelementptr float, ptr %out_bias, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fadd <16 x float> %pacc.sroa.6.0, %46
  %48 = add i64 %col, 32
  %49 = getelementptr float, ptr %out_bias, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fadd <16 x float> %pacc.sroa.12.0, %50
  %52 = add i64 %col, 48
  %53 = getelementptr float, ptr %out_bias, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fadd <16 x float> %pacc.sroa.18.0, %54
  %56 = add i64 %col, 64
  %57 = getelementptr float, ptr %out_bias, i64 %56
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fadd <16 x float> %pacc.sroa.24.0, %58
  %60 = add i64 %col, 80
  %61 = getelementptr float, ptr %out_bias, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = fadd <16 x float> %pacc.sroa.30.0, %62
  %64 = add i64 %col, 96
  %65 = getelementptr float, ptr %out_bias, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %pacc.sroa.36.0, %66
  %68 = add i64 %col, 112
  %69 = getelementptr float, ptr %out_bias, i64 %68
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %pacc.sroa.42.0, %70
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.42.1 = phi <16 x float> [ %71, %bias ], [ %pacc.sroa.42.0, %exit ]
  %pacc.sroa.36.1 = phi <16 x float> [ %67, %bias ], [ %pacc.sroa.36.0, %exit ]
  %pacc.sroa.30.1 = phi <16 x float> [ %63, %bias ], [ %pacc.sroa.30.0, %exit ]
  %pacc.sroa.24.1 = phi <16 x float> [ %59, %bias ], [ %pacc.sroa.24.0, %exit ]
  %pacc.sroa.18.1 = phi <16 x float> [ %55, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %51, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %47, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.0.0, %exit ]
  %72 = bitcast <16 x float> %pacc.sroa.0.1 to <16 x i32>
  %73 = lshr <16 x i32> %72, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %74 = and <16 x i32> %73, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %75 = add <16 x i32> %74, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %76 = add <16 x i32> %72, %75
  %77 = lshr <16 x i32> %76, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %78 = fcmp uno <16 x float> %pacc.sroa.0.1, %pacc.sroa.0.1
  %79 = or <16 x i32> %73, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %80 = select <16 x i1> %78, <16 x i32> %79, <16 x i32> %77
  %81 = trunc <16 x i32> %80 to <16 x i16>
  store <16 x i16> %81, ptr %5, align 2
  %82 = getelementptr i8, ptr %5, i64 32
  %83 = bitcast <16 x float> %pacc.sroa.6.1 to <16 x i32>
  %84 = lshr <16 x i32> %83, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %85 = and <16 x i32> %84, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %86 = add <16 x i32> %85, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %87 = add <16 x i32> %83, %86
  %88 = lshr <16 x i32> %87, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %89 = fcmp uno <16 x float> %pacc.sroa.6.1, %pacc.sroa.6.1
  %90 = or <16 x i32> %84, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %91 = select <16 x i1> %89, <16 x i32> %90, <16 x i32> %88
  %92 = trunc <16 x i32> %91 to <16 x i16>
  store <16 x i16> %92, ptr %82, align 2
  %93 = getelementptr i8, ptr %5, i64 64
  %94 = bitcast <16 x float> %pacc.sroa.12.1 to <16 x i32>
  %95 = lshr <16 x i32> %94, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %96 = and <16 x i32> %95, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %97 = add <16 x i32> %96, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %98 = add <16 x i32> %94, %97
  %99 = lshr <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %100 = fcmp uno <16 x float> %pacc.sroa.12.1, %pacc.sroa.12.1
  %101 = or <16 x i32> %95, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %102 = select <16 x i1> %100, <16 x i32> %101, <16 x i32> %99
  %103 = trunc <16 x i32> %102 to <16 x i16>
  store <16 x i16> %103, ptr %93, align 2
  %104 = getelementptr i8, ptr %5, i64 96
  %105 = bitcast <16 x float> %pacc.sroa.18.1 to <16 x i32>
  %106 = lshr <16 x i32> %105, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %107 = and <16 x i32> %106, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %108 = add <16 x i32> %107, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %109 = add <16 x i32> %105, %108
  %110 = lshr <16 x i32> %109, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %111 = fcmp uno <16 x float> %pacc.sroa.18.1, %pacc.sroa.18.1
  %112 = or <16 x i32> %106, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %113 = select <16 x i1> %111, <16 x i32> %112, <16 x i32> %110
  %114 = trunc <16 x i32> %113 to <16 x i16>
  store <16 x i16> %114, ptr %104, align 2
  %115 = getelementptr i8, ptr %5, i64 128
  %116 = bitcast <16 x float> %pacc.sroa.24.1 to <16 x i32>
  %117 = lshr <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = and <16 x i32> %117, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %119 = add <16 x i32> %118, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %120 = add <16 x i32> %116, %119
  %121 = lshr <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %122 = fcmp uno <16 x float> %pacc.sroa.24.1, %pacc.sroa.24.1
  %123 = or <16 x i32> %117, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %124 = select <16 x i1> %122, <16 x i32> %123, <16 x i32> %121
  %125 = trunc <16 x i32> %124 to <16 x i16>
  store <16 x i16> %125, ptr %115, align 2
  %126 = getelementptr i8, ptr %5, i64 160
  %127 = bitcast <16 x float> %pacc.sroa.30.1 to <16 x i32>
  %128 = lshr <16 x i32> %127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %129 = and <16 x i32> %128, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %130 = add <16 x i32> %129, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %131 = add <16 x i32> %127, %130
  %132 = lshr <16 x i32> %131, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %133 = fcmp uno <16 x float> %pacc.sroa.30.1, %pacc.sroa.30.1
  %134 = or <16 x i32> %128, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %135 = select <16 x i1> %133, <16 x i32> %134, <16 x i32> %132
  %136 = trunc <16 x i32> %135 to <16 x i16>
  store <16 x i16> %136, ptr %126, align 2
  %137 = getelementptr i8, ptr %5, i64 192
  %138 = bitcast <16 x float> %pacc.sroa.36.1 to <16 x i32>
  %139 = lshr <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %140 = and <16 x i32> %139, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %141 = add <16 x i32> %140, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %142 = add <16 x i32> %138, %141
  %143 = lshr <16 x i32> %142, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %144 = fcmp uno <16 x float> %pacc.sroa.36.1, %pacc.sroa.36.1
  %145 = or <16 x i32> %139, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %146 = select <16 x i1> %144, <16 x i32> %145, <16 x i32> %143
  %147 = trunc <16 x i32> %146 to <16 x i16>
  store <16 x i16> %147, ptr %137, align 2
  %148 = getelementptr i8, ptr %5, i64 224
  %149 = bitcast <16 x float> %pacc.sroa.42.1 to <16 x i32>
  %150 = lshr <16 x i32> %149, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %151 = and <16 x i32> %150, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %152 = add <16 x i32> %151, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %153 = add <16 x i32> %149, %152
  %154 = lshr <16 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = fcmp uno <16 x float> %pacc.sroa.42.1, %pacc.sroa.42.1
  %156 = or <16 x i32> %150, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %157 = select <16 x i1> %155, <16 x i32> %156, <16 x i32> %154
  %158 = trunc <16 x i32> %157 to <16 x i16>
  store <16 x i16> %158, ptr %148, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @xcache_t5_11b_tile(ptr %0, ptr %1) #0 {
entry:
  %dots = alloca [16 x <16 x float>], align 64
  %qnope = alloca [8 x <16 x float>], align 64
  %lv = alloca [2 x <16 x float>], align 64
  %mv = alloca [2 x <16 x float>], align 64
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [64 x <16 x float>], align 64
  %ot = alloca [131072 x i8], align 64
  %st = alloca [3072 x i8], align 64
  %vbuf = alloca [49152 x i8], align 64
  %kbuf = alloca [98304 x i8], align 64
  %qt = alloca [131072 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
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
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 8388608
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %qrow, label %done

done:                                             ; preds = %orow132, %entry
  ret void

qrow:                                             ; preds = %entry, %exit17
  %qrow1 = phi i32 [ %200, %exit17 ], [ 0, %entry ]
  %23 = icmp slt i32 %qrow1, 32
  br i1 %23, label %body, label %otzero

body:                                             ; preds = %qrow
  %24 = icmp slt i32 %qrow1, %nrows
  %25 = sub i32 %nrows, 1
  %26 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %25)
  %27 = sdiv i32 %26, %nh
  %qi = add i32 %q_begin, %27
  %28 = srem i32 %26, %nh
  %29 = add i32 %h_begin, %28
  %30 = mul i32 %kv_head, 128
  %hq = add i32 %30, %29
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 128
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 256
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %24, float 0x3FC0527DC0000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i32 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %39 = icmp slt i64 %chunk5, 8
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = mul i64 %chunk5, 32
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x i16>, ptr %41, align 2
  %43 = zext <16 x i16> %42 to <16 x i32>
  %44 = shl <16 x i32> %43, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %44 to <16 x float>
  %45 = fmul <16 x float> %bf16, %splat
  %46 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = srem i64 %orow, 128
  %49 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %49, align 8
  %50 = mul i64 %48, 128
  %51 = getelementptr float, ptr %w_absorb, i64 %50
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %190, %exit12 ]
  %52 = icmp slt i64 %absorb9, 64
  br i1 %52, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %53 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %54 = sext i32 %qrow1 to i64
  %55 = getelementptr i32, ptr %lims, i64 %54
  %qpos = add i32 %q_pos0, %qi
  %56 = add i32 %qpos, 1
  %57 = call i32 @llvm.smin.i32(i32 %56, i32 %k_end)
  store i32 %57, ptr %55, align 4
  %58 = sdiv i32 %qrow1, 32
  %59 = sext i32 %58 to i64
  %60 = mul i64 %59, 32768
  %61 = getelementptr i32, ptr %qt, i64 %60
  %62 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %107, %body10 ]
  %63 = icmp slt i64 %absorb_out13, 16
  br i1 %63, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %64 = add i64 %53, %absorb_out13
  %65 = call i64 @llvm.smin.i64(i64 %64, i64 1023)
  %66 = mul i64 %65, 16384
  %67 = getelementptr float, ptr %51, i64 %66
  %68 = load <16 x float>, ptr %67, align 4
  %69 = load <16 x float>, ptr %qnope, align 64
  %70 = fmul <16 x float> %69, %68
  %71 = getelementptr float, ptr %67, i64 16
  %72 = load <16 x float>, ptr %71, align 4
  %73 = getelementptr <16 x float>, ptr %qnope, i64 1
  %74 = load <16 x float>, ptr %73, align 64
  %75 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %74, <16 x float> %72, <16 x float> %70)
  %76 = getelementptr float, ptr %67, i64 32
  %77 = load <16 x float>, ptr %76, align 4
  %78 = getelementptr <16 x float>, ptr %qnope, i64 2
  %79 = load <16 x float>, ptr %78, align 64
  %80 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %79, <16 x float> %77, <16 x float> %75)
  %81 = getelementptr float, ptr %67, i64 48
  %82 = load <16 x float>, ptr %81, align 4
  %83 = getelementptr <16 x float>, ptr %qnope, i64 3
  %84 = load <16 x float>, ptr %83, align 64
  %85 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %84, <16 x float> %82, <16 x float> %80)
  %86 = getelementptr float, ptr %67, i64 64
  %87 = load <16 x float>, ptr %86, align 4
  %88 = getelementptr <16 x float>, ptr %qnope, i64 4
  %89 = load <16 x float>, ptr %88, align 64
  %90 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %89, <16 x float> %87, <16 x float> %85)
  %91 = getelementptr float, ptr %67, i64 80
  %92 = load <16 x float>, ptr %91, align 4
  %93 = getelementptr <16 x float>, ptr %qnope, i64 5
  %94 = load <16 x float>, ptr %93, align 64
  %95 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %94, <16 x float> %92, <16 x float> %90)
  %96 = getelementptr float, ptr %67, i64 96
  %97 = load <16 x float>, ptr %96, align 4
  %98 = getelementptr <16 x float>, ptr %qnope, i64 6
  %99 = load <16 x float>, ptr %98, align 64
  %100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %99, <16 x float> %97, <16 x float> %95)
  %101 = getelementptr float, ptr %67, i64 112
  %102 = load <16 x float>, ptr %101, align 4
  %103 = getelementptr <16 x float>, ptr %qnope, i64 7
  %104 = load <16 x float>, ptr %103, align 64
  %105 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %104, <16 x float> %102, <16 x float> %100)
  %106 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %105, ptr %106, align 64
  %107 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %108 = load <16 x float>, ptr %dots, align 64
  %109 = getelementptr <16 x float>, ptr %dots, i64 1
  %110 = load <16 x float>, ptr %109, align 64
  %111 = shufflevector <16 x float> %108, <16 x float> %110, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %112 = shufflevector <16 x float> %108, <16 x float> %110, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %113 = fadd <16 x float> %111, %112
  %114 = getelementptr <16 x float>, ptr %dots, i64 2
  %115 = load <16 x float>, ptr %114, align 64
  %116 = getelementptr <16 x float>, ptr %dots, i64 3
  %117 = load <16 x float>, ptr %116, align 64
  %118 = shufflevector <16 x float> %115, <16 x float> %117, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %119 = shufflevector <16 x float> %115, <16 x float> %117, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %120 = fadd <16 x float> %118, %119
  %121 = shufflevector <16 x float> %113, <16 x float> %120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %122 = shufflevector <16 x float> %113, <16 x float> %120, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %123 = fadd <16 x float> %121, %122
  %124 = getelementptr <16 x float>, ptr %dots, i64 4
  %125 = load <16 x float>, ptr %124, align 64
  %126 = getelementptr <16 x float>, ptr %dots, i64 5
  %127 = load <16 x float>, ptr %126, align 64
  %128 = shufflevector <16 x float> %125, <16 x float> %127, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %129 = shufflevector <16 x float> %125, <16 x float> %127, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %130 = fadd <16 x float> %128, %129
  %131 = getelementptr <16 x float>, ptr %dots, i64 6
  %132 = load <16 x float>, ptr %131, align 64
  %133 = getelementptr <16 x float>, ptr %dots, i64 7
  %134 = load <16 x float>, ptr %133, align 64
  %135 = shufflevector <16 x float> %132, <16 x float> %134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %136 = shufflevector <16 x float> %132, <16 x float> %134, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %137 = fadd <16 x float> %135, %136
  %138 = shufflevector <16 x float> %130, <16 x float> %137, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %139 = shufflevector <16 x float> %130, <16 x float> %137, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %140 = fadd <16 x float> %138, %139
  %141 = shufflevector <16 x float> %123, <16 x float> %140, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %142 = shufflevector <16 x float> %123, <16 x float> %140, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %143 = fadd <16 x float> %141, %142
  %144 = getelementptr <16 x float>, ptr %dots, i64 8
  %145 = load <16 x float>, ptr %144, align 64
  %146 = getelementptr <16 x float>, ptr %dots, i64 9
  %147 = load <16 x float>, ptr %146, align 64
  %148 = shufflevector <16 x float> %145, <16 x float> %147, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %149 = shufflevector <16 x float> %145, <16 x float> %147, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %150 = fadd <16 x float> %148, %149
  %151 = getelementptr <16 x float>, ptr %dots, i64 10
  %152 = load <16 x float>, ptr %151, align 64
  %153 = getelementptr <16 x float>, ptr %dots, i64 11
  %154 = load <16 x float>, ptr %153, align 64
  %155 = shufflevector <16 x float> %152, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %156 = shufflevector <16 x float> %152, <16 x float> %154, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %157 = fadd <16 x float> %155, %156
  %158 = shufflevector <16 x float> %150, <16 x float> %157, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %159 = shufflevector <16 x float> %150, <16 x float> %157, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %160 = fadd <16 x float> %158, %159
  %161 = getelementptr <16 x float>, ptr %dots, i64 12
  %162 = load <16 x float>, ptr %161, align 64
  %163 = getelementptr <16 x float>, ptr %dots, i64 13
  %164 = load <16 x float>, ptr %163, align 64
  %165 = shufflevector <16 x float> %162, <16 x float> %164, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %166 = shufflevector <16 x float> %162, <16 x float> %164, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = fadd <16 x float> %165, %166
  %168 = getelementptr <16 x float>, ptr %dots, i64 14
  %169 = load <16 x float>, ptr %168, align 64
  %170 = getelementptr <16 x float>, ptr %dots, i64 15
  %171 = load <16 x float>, ptr %170, align 64
  %172 = shufflevector <16 x float> %169, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %173 = shufflevector <16 x float> %169, <16 x float> %171, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %174 = fadd <16 x float> %172, %173
  %175 = shufflevector <16 x float> %167, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %176 = shufflevector <16 x float> %167, <16 x float> %174, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %177 = fadd <16 x float> %175, %176
  %178 = shufflevector <16 x float> %160, <16 x float> %177, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %179 = shufflevector <16 x float> %160, <16 x float> %177, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %180 = fadd <16 x float> %178, %179
  %181 = shufflevector <16 x float> %143, <16 x float> %180, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %182 = shufflevector <16 x float> %143, <16 x float> %180, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %183 = fadd <16 x float> %181, %182
  %184 = trunc i64 %53 to i32
  %185 = insertelement <16 x i32> poison, i32 %184, i32 0
  %splat14 = shufflevector <16 x i32> %185, <16 x i32> poison, <16 x i32> zeroinitializer
  %186 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %187 = icmp slt <16 x i32> %186, <i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024>
  %188 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %189 = select <16 x i1> %187, <16 x float> %183, <16 x float> zeroinitializer
  store <16 x float> %189, ptr %188, align 64
  %190 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %199, %body15 ]
  %191 = icmp slt i32 %qcol18, 1024
  br i1 %191, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %192 = sext i32 %qcol18 to i64
  %193 = getelementptr i32, ptr %rowbuf, i64 %192
  %194 = load float, ptr %193, align 4
  %195 = sext i32 %62 to i64
  %196 = mul i64 %192, 32
  %197 = add i64 %196, %195
  %198 = getelementptr i32, ptr %61, i64 %197
  store float %194, ptr %198, align 4
  %199 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %200 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %205, %body19 ], [ 0, %qrow ]
  %201 = icmp slt i32 %otzero22, 2048
  br i1 %201, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %202 = sext i32 %otzero22 to i64
  %203 = mul i64 %202, 16
  %204 = getelementptr i32, ptr %ot, i64 %203
  store <16 x float> zeroinitializer, ptr %204, align 64
  %205 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %206 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %206, align 64
  %207 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %207, align 64
  %208 = sub i32 %nrows, 1
  %209 = sext i32 %208 to i64
  %210 = getelementptr i32, ptr %lims, i64 %209
  %fact = load i32, ptr %210, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit50, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %272, %exit50 ]
  %211 = icmp slt i32 %ktile26, %fact
  br i1 %211, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %212 = sub i32 %fact, %ktile26
  %213 = call i32 @llvm.smin.i32(i32 12, i32 %212)
  %214 = add i32 %213, 11
  %215 = sdiv i32 %214, 12
  %216 = mul i32 %215, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %217 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %217, ptr %ms, align 64
  %218 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %218, ptr %ls, align 64
  %219 = getelementptr float, ptr %ms, i64 16
  %220 = load <16 x float>, ptr %206, align 64
  store <16 x float> %220, ptr %219, align 64
  %221 = getelementptr float, ptr %ls, i64 16
  %222 = load <16 x float>, ptr %207, align 64
  store <16 x float> %222, ptr %221, align 64
  br label %orow132

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %242, %exit34 ]
  %223 = icmp slt i32 %kpack30, %216
  br i1 %223, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %224 = add i32 %ktile26, %kpack30
  %225 = call i32 @llvm.smin.i32(i32 %224, i32 %k_last)
  %226 = sext i32 %225 to i64
  %row = add i64 %21, %226
  %227 = mul i64 %row, 2048
  %228 = getelementptr i8, ptr %20, i64 %227
  %229 = sext i32 %kpack30 to i64
  %230 = mul i64 %229, 1024
  %231 = getelementptr i32, ptr %kbuf, i64 %230
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %241, %body32 ]
  %232 = icmp slt i64 %chunk35, 64
  br i1 %232, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %233 = mul i64 %chunk35, 16
  %234 = mul i64 %233, 4
  %235 = mul i64 %233, 2
  %236 = getelementptr i8, ptr %228, i64 %235
  %237 = load <16 x i16>, ptr %236, align 2
  %238 = zext <16 x i16> %237 to <16 x i32>
  %239 = shl <16 x i32> %238, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %239 to <16 x float>
  %240 = getelementptr i8, ptr %231, i64 %234
  store <16 x float> %bf1636, ptr %240, align 64
  %241 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %242 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit45
  %vpack40 = phi i32 [ %262, %exit45 ], [ 0, %kpack ]
  %243 = icmp slt i32 %vpack40, %213
  br i1 %243, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %244 = add i32 %ktile26, %vpack40
  %245 = sext i32 %244 to i64
  %row41 = add i64 %21, %245
  %246 = mul i64 %row41, 2048
  %247 = getelementptr i8, ptr %20, i64 %246
  %248 = sext i32 %vpack40 to i64
  %249 = mul i64 %248, 1024
  %250 = getelementptr i32, ptr %vbuf, i64 %249
  br label %chunk42

exit39:                                           ; preds = %vpack
  %251 = add i32 %nrows, 31
  %nblk = sdiv i32 %251, 32
  br label %rblock

chunk42:                                          ; preds = %body43, %body37
  %chunk46 = phi i64 [ 0, %body37 ], [ %261, %body43 ]
  %252 = icmp slt i64 %chunk46, 64
  br i1 %252, label %body43, label %exit45

body43:                                           ; preds = %chunk42
  %253 = mul i64 %chunk46, 16
  %254 = mul i64 %253, 4
  %255 = mul i64 %253, 2
  %256 = getelementptr i8, ptr %247, i64 %255
  %257 = load <16 x i16>, ptr %256, align 2
  %258 = zext <16 x i16> %257 to <16 x i32>
  %259 = shl <16 x i32> %258, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %259 to <16 x float>
  %260 = getelementptr i8, ptr %250, i64 %254
  store <16 x float> %bf1647, ptr %260, align 64
  %261 = add nsw i64 %chunk46, 1
  br label %chunk42

exit45:                                           ; preds = %chunk42
  %262 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock51 = phi i32 [ 0, %exit39 ], [ %285, %join ]
  %263 = icmp slt i32 %rblock51, %nblk
  br i1 %263, label %body48, label %exit50

body48:                                           ; preds = %rblock
  %264 = sext i32 %rblock51 to i64
  %265 = mul i32 %rblock51, 32
  %266 = add i32 %265, 31
  %267 = sext i32 %266 to i64
  %268 = getelementptr i32, ptr %lims, i64 %267
  %fact52 = load i32, ptr %268, align 4
  %269 = sub i32 %fact52, %ktile26
  %270 = call i32 @llvm.smin.i32(i32 %213, i32 %269)
  %271 = icmp sgt i32 %270, 0
  br i1 %271, label %rvisit, label %join

exit50:                                           ; preds = %rblock
  %272 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body48
  %273 = mul i64 %264, 32768
  %274 = getelementptr i32, ptr %qt, i64 %273
  %275 = getelementptr i32, ptr %ot, i64 %273
  %276 = mul i64 %264, 2
  %277 = getelementptr <16 x float>, ptr %mv, i64 %276
  %278 = getelementptr <16 x float>, ptr %lv, i64 %276
  %279 = mul i64 %264, 32
  %280 = getelementptr i32, ptr %lims, i64 %279
  %281 = load <16 x i32>, ptr %280, align 64
  %282 = add i64 %279, 16
  %283 = getelementptr i32, ptr %lims, i64 %282
  %284 = load <16 x i32>, ptr %283, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body48
  %285 = add nsw i32 %rblock51, 1
  br label %rblock

sblock:                                           ; preds = %exit59, %rvisit
  %sblock56 = phi i32 [ 0, %rvisit ], [ %369, %exit59 ]
  %286 = icmp slt i32 %sblock56, %270
  br i1 %286, label %body53, label %smask

body53:                                           ; preds = %sblock
  %287 = sext i32 %sblock56 to i64
  %288 = mul i64 %287, 1024
  %289 = getelementptr i32, ptr %kbuf, i64 %288
  br label %sdim

sdim:                                             ; preds = %body57, %body53
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %342, %body57 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %341, %body57 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %338, %body57 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %337, %body57 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %334, %body57 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %333, %body57 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %330, %body57 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %329, %body57 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %326, %body57 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %325, %body57 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %322, %body57 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %321, %body57 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %318, %body57 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %317, %body57 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %314, %body57 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %313, %body57 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %310, %body57 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %309, %body57 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %306, %body57 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %305, %body57 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %302, %body57 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %301, %body57 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %298, %body57 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %297, %body57 ]
  %sdim60 = phi i32 [ 0, %body53 ], [ %343, %body57 ]
  %290 = icmp slt i32 %sdim60, 1024
  br i1 %290, label %body57, label %exit59

body57:                                           ; preds = %sdim
  %291 = sext i32 %sdim60 to i64
  %292 = mul i64 %291, 32
  %293 = getelementptr i32, ptr %274, i64 %292
  %qt61 = load <16 x float>, ptr %293, align 64
  %294 = getelementptr i32, ptr %293, i64 16
  %qt62 = load <16 x float>, ptr %294, align 64
  %295 = getelementptr i32, ptr %289, i64 %291
  %k = load float, ptr %295, align 4
  %296 = insertelement <16 x float> poison, float %k, i32 0
  %splat63 = shufflevector <16 x float> %296, <16 x float> poison, <16 x i32> zeroinitializer
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat63, <16 x float> %sacc.sroa.0.0)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat63, <16 x float> %sacc.sroa.4.0)
  %299 = getelementptr i32, ptr %295, i64 1024
  %k64 = load float, ptr %299, align 4
  %300 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %300, <16 x float> poison, <16 x i32> zeroinitializer
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat65, <16 x float> %sacc.sroa.8.0)
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat65, <16 x float> %sacc.sroa.12.0)
  %303 = getelementptr i32, ptr %295, i64 2048
  %k66 = load float, ptr %303, align 4
  %304 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %304, <16 x float> poison, <16 x i32> zeroinitializer
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat67, <16 x float> %sacc.sroa.16.0)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat67, <16 x float> %sacc.sroa.20.0)
  %307 = getelementptr i32, ptr %295, i64 3072
  %k68 = load float, ptr %307, align 4
  %308 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %308, <16 x float> poison, <16 x i32> zeroinitializer
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat69, <16 x float> %sacc.sroa.24.0)
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat69, <16 x float> %sacc.sroa.28.0)
  %311 = getelementptr i32, ptr %295, i64 4096
  %k70 = load float, ptr %311, align 4
  %312 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %312, <16 x float> poison, <16 x i32> zeroinitializer
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat71, <16 x float> %sacc.sroa.32.0)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat71, <16 x float> %sacc.sroa.36.0)
  %315 = getelementptr i32, ptr %295, i64 5120
  %k72 = load float, ptr %315, align 4
  %316 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %316, <16 x float> poison, <16 x i32> zeroinitializer
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat73, <16 x float> %sacc.sroa.40.0)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat73, <16 x float> %sacc.sroa.44.0)
  %319 = getelementptr i32, ptr %295, i64 6144
  %k74 = load float, ptr %319, align 4
  %320 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %320, <16 x float> poison, <16 x i32> zeroinitializer
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat75, <16 x float> %sacc.sroa.48.0)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat75, <16 x float> %sacc.sroa.52.0)
  %323 = getelementptr i32, ptr %295, i64 7168
  %k76 = load float, ptr %323, align 4
  %324 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %324, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat77, <16 x float> %sacc.sroa.56.0)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat77, <16 x float> %sacc.sroa.60.0)
  %327 = getelementptr i32, ptr %295, i64 8192
  %k78 = load float, ptr %327, align 4
  %328 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %328, <16 x float> poison, <16 x i32> zeroinitializer
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat79, <16 x float> %sacc.sroa.64.0)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat79, <16 x float> %sacc.sroa.68.0)
  %331 = getelementptr i32, ptr %295, i64 9216
  %k80 = load float, ptr %331, align 4
  %332 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %332, <16 x float> poison, <16 x i32> zeroinitializer
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat81, <16 x float> %sacc.sroa.72.0)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat81, <16 x float> %sacc.sroa.76.0)
  %335 = getelementptr i32, ptr %295, i64 10240
  %k82 = load float, ptr %335, align 4
  %336 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat83, <16 x float> %sacc.sroa.80.0)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat83, <16 x float> %sacc.sroa.84.0)
  %339 = getelementptr i32, ptr %295, i64 11264
  %k84 = load float, ptr %339, align 4
  %340 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %340, <16 x float> poison, <16 x i32> zeroinitializer
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat85, <16 x float> %sacc.sroa.88.0)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat85, <16 x float> %sacc.sroa.92.0)
  %343 = add nsw i32 %sdim60, 1
  br label %sdim

exit59:                                           ; preds = %sdim
  %344 = mul i64 %287, 32
  %345 = getelementptr i32, ptr %st, i64 %344
  store <16 x float> %sacc.sroa.0.0, ptr %345, align 64
  %346 = getelementptr i32, ptr %345, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %346, align 64
  %347 = getelementptr i32, ptr %345, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %347, align 64
  %348 = getelementptr i32, ptr %345, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %348, align 64
  %349 = getelementptr i32, ptr %345, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %349, align 64
  %350 = getelementptr i32, ptr %345, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %350, align 64
  %351 = getelementptr i32, ptr %345, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %351, align 64
  %352 = getelementptr i32, ptr %345, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %352, align 64
  %353 = getelementptr i32, ptr %345, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %353, align 64
  %354 = getelementptr i32, ptr %345, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %354, align 64
  %355 = getelementptr i32, ptr %345, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %355, align 64
  %356 = getelementptr i32, ptr %345, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %356, align 64
  %357 = getelementptr i32, ptr %345, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %357, align 64
  %358 = getelementptr i32, ptr %345, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %358, align 64
  %359 = getelementptr i32, ptr %345, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %359, align 64
  %360 = getelementptr i32, ptr %345, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %360, align 64
  %361 = getelementptr i32, ptr %345, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %361, align 64
  %362 = getelementptr i32, ptr %345, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %362, align 64
  %363 = getelementptr i32, ptr %345, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %363, align 64
  %364 = getelementptr i32, ptr %345, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %364, align 64
  %365 = getelementptr i32, ptr %345, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %365, align 64
  %366 = getelementptr i32, ptr %345, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %366, align 64
  %367 = getelementptr i32, ptr %345, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %345, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %368, align 64
  %369 = add nsw i32 %sblock56, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body86
  %tmax.sroa.4.0 = phi <16 x float> [ %383, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %378, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask89 = phi i32 [ %384, %body86 ], [ 0, %sblock ]
  %370 = icmp slt i32 %smask89, %270
  br i1 %370, label %body86, label %exit88

body86:                                           ; preds = %smask
  %371 = add i32 %ktile26, %smask89
  %372 = insertelement <16 x i32> poison, i32 %371, i32 0
  %splat90 = shufflevector <16 x i32> %372, <16 x i32> poison, <16 x i32> zeroinitializer
  %373 = sext i32 %smask89 to i64
  %374 = mul i64 %373, 32
  %375 = getelementptr i32, ptr %st, i64 %374
  %s = load <16 x float>, ptr %375, align 64
  %376 = icmp slt <16 x i32> %splat90, %281
  %377 = select <16 x i1> %376, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %377, ptr %375, align 64
  %378 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %377)
  %379 = add i64 %374, 16
  %380 = getelementptr i32, ptr %st, i64 %379
  %s91 = load <16 x float>, ptr %380, align 64
  %381 = icmp slt <16 x i32> %splat90, %284
  %382 = select <16 x i1> %381, <16 x float> %s91, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %382, ptr %380, align 64
  %383 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %382)
  %384 = add nsw i32 %smask89, 1
  br label %smask

exit88:                                           ; preds = %smask
  %m = load <16 x float>, ptr %277, align 64
  %385 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %386 = fcmp oeq <16 x float> %385, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse92 = select <16 x i1> %386, <16 x float> zeroinitializer, <16 x float> %385
  %387 = fsub <16 x float> %m, %muse92
  %388 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %387, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %389 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %388, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %390 = fadd <16 x float> %389, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %390, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %389, %n
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %391, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %392, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %397 = fptosi <16 x float> %n to <16 x i32>
  %398 = add <16 x i32> %397, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %399 = shl <16 x i32> %398, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %400 = bitcast <16 x i32> %399 to <16 x float>
  %exp2 = fmul <16 x float> %396, %400
  store <16 x float> %385, ptr %277, align 64
  %401 = getelementptr <16 x float>, ptr %277, i64 1
  %m93 = load <16 x float>, ptr %401, align 64
  %402 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m93, <16 x float> %tmax.sroa.4.0)
  %403 = fcmp oeq <16 x float> %402, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse94 = select <16 x i1> %403, <16 x float> zeroinitializer, <16 x float> %402
  %404 = fsub <16 x float> %m93, %muse94
  %405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %404, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %406 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %405, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %407 = fadd <16 x float> %406, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %406, %n95
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %414 = fptosi <16 x float> %n95 to <16 x i32>
  %415 = add <16 x i32> %414, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %416 = shl <16 x i32> %415, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %417 = bitcast <16 x i32> %416 to <16 x float>
  %exp297 = fmul <16 x float> %413, %417
  store <16 x float> %402, ptr %401, align 64
  br label %sexp

sexp:                                             ; preds = %body98, %exit88
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %455, %body98 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %437, %body98 ]
  %sexp101 = phi i32 [ 0, %exit88 ], [ %456, %body98 ]
  %418 = icmp slt i32 %sexp101, %270
  br i1 %418, label %body98, label %exit100

body98:                                           ; preds = %sexp
  %419 = sext i32 %sexp101 to i64
  %420 = mul i64 %419, 32
  %421 = getelementptr i32, ptr %st, i64 %420
  %422 = load <16 x float>, ptr %421, align 64
  %423 = fsub <16 x float> %422, %muse92
  %424 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %423, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %425 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %424, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %426 = fadd <16 x float> %425, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n102 = fsub <16 x float> %426, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f103 = fsub <16 x float> %425, %n102
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f103, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %427, <16 x float> %f103, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %428, <16 x float> %f103, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %f103, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %f103, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f103, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %433 = fptosi <16 x float> %n102 to <16 x i32>
  %434 = add <16 x i32> %433, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %435 = shl <16 x i32> %434, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %436 = bitcast <16 x i32> %435 to <16 x float>
  %exp2104 = fmul <16 x float> %432, %436
  store <16 x float> %exp2104, ptr %421, align 64
  %437 = fadd <16 x float> %lsum.sroa.0.0, %exp2104
  %438 = add i64 %420, 16
  %439 = getelementptr i32, ptr %st, i64 %438
  %440 = load <16 x float>, ptr %439, align 64
  %441 = fsub <16 x float> %440, %muse94
  %442 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %441, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %443 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %442, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %444 = fadd <16 x float> %443, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n105 = fsub <16 x float> %444, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f106 = fsub <16 x float> %443, %n105
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f106, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %445, <16 x float> %f106, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %446, <16 x float> %f106, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %447, <16 x float> %f106, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %448, <16 x float> %f106, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %449, <16 x float> %f106, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %451 = fptosi <16 x float> %n105 to <16 x i32>
  %452 = add <16 x i32> %451, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %453 = shl <16 x i32> %452, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %454 = bitcast <16 x i32> %453 to <16 x float>
  %exp2107 = fmul <16 x float> %450, %454
  store <16 x float> %exp2107, ptr %439, align 64
  %455 = fadd <16 x float> %lsum.sroa.4.0, %exp2107
  %456 = add nsw i32 %sexp101, 1
  br label %sexp

exit100:                                          ; preds = %sexp
  %457 = load <16 x float>, ptr %278, align 64
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %457, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %458, ptr %278, align 64
  %459 = getelementptr <16 x float>, ptr %278, i64 1
  %460 = load <16 x float>, ptr %459, align 64
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %460, <16 x float> %exp297, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %461, ptr %459, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit114, %exit100
  %pvblock111 = phi i32 [ 0, %exit100 ], [ %555, %exit114 ]
  %462 = icmp slt i32 %pvblock111, 128
  br i1 %462, label %body108, label %join

body108:                                          ; preds = %pvblock
  %463 = mul i32 %pvblock111, 8
  %464 = sext i32 %463 to i64
  %465 = mul i64 %464, 32
  %466 = getelementptr i32, ptr %275, i64 %465
  %467 = load <16 x float>, ptr %466, align 64
  %468 = fmul <16 x float> %467, %exp2
  %469 = getelementptr i32, ptr %466, i64 16
  %470 = load <16 x float>, ptr %469, align 64
  %471 = fmul <16 x float> %470, %exp297
  %472 = getelementptr i32, ptr %466, i64 32
  %473 = load <16 x float>, ptr %472, align 64
  %474 = fmul <16 x float> %473, %exp2
  %475 = getelementptr i32, ptr %466, i64 48
  %476 = load <16 x float>, ptr %475, align 64
  %477 = fmul <16 x float> %476, %exp297
  %478 = getelementptr i32, ptr %466, i64 64
  %479 = load <16 x float>, ptr %478, align 64
  %480 = fmul <16 x float> %479, %exp2
  %481 = getelementptr i32, ptr %466, i64 80
  %482 = load <16 x float>, ptr %481, align 64
  %483 = fmul <16 x float> %482, %exp297
  %484 = getelementptr i32, ptr %466, i64 96
  %485 = load <16 x float>, ptr %484, align 64
  %486 = fmul <16 x float> %485, %exp2
  %487 = getelementptr i32, ptr %466, i64 112
  %488 = load <16 x float>, ptr %487, align 64
  %489 = fmul <16 x float> %488, %exp297
  %490 = getelementptr i32, ptr %466, i64 128
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fmul <16 x float> %491, %exp2
  %493 = getelementptr i32, ptr %466, i64 144
  %494 = load <16 x float>, ptr %493, align 64
  %495 = fmul <16 x float> %494, %exp297
  %496 = getelementptr i32, ptr %466, i64 160
  %497 = load <16 x float>, ptr %496, align 64
  %498 = fmul <16 x float> %497, %exp2
  %499 = getelementptr i32, ptr %466, i64 176
  %500 = load <16 x float>, ptr %499, align 64
  %501 = fmul <16 x float> %500, %exp297
  %502 = getelementptr i32, ptr %466, i64 192
  %503 = load <16 x float>, ptr %502, align 64
  %504 = fmul <16 x float> %503, %exp2
  %505 = getelementptr i32, ptr %466, i64 208
  %506 = load <16 x float>, ptr %505, align 64
  %507 = fmul <16 x float> %506, %exp297
  %508 = getelementptr i32, ptr %466, i64 224
  %509 = load <16 x float>, ptr %508, align 64
  %510 = fmul <16 x float> %509, %exp2
  %511 = getelementptr i32, ptr %466, i64 240
  %512 = load <16 x float>, ptr %511, align 64
  %513 = fmul <16 x float> %512, %exp297
  br label %kpv

kpv:                                              ; preds = %body112, %body108
  %o.sroa.44.0 = phi <16 x float> [ %501, %body108 ], [ %545, %body112 ]
  %o.sroa.40.0 = phi <16 x float> [ %498, %body108 ], [ %544, %body112 ]
  %o.sroa.36.0 = phi <16 x float> [ %495, %body108 ], [ %541, %body112 ]
  %o.sroa.32.0 = phi <16 x float> [ %492, %body108 ], [ %540, %body112 ]
  %o.sroa.28.0 = phi <16 x float> [ %489, %body108 ], [ %537, %body112 ]
  %o.sroa.24.0 = phi <16 x float> [ %486, %body108 ], [ %536, %body112 ]
  %o.sroa.20.0 = phi <16 x float> [ %483, %body108 ], [ %533, %body112 ]
  %o.sroa.16.0 = phi <16 x float> [ %480, %body108 ], [ %532, %body112 ]
  %o.sroa.12.0 = phi <16 x float> [ %477, %body108 ], [ %529, %body112 ]
  %o.sroa.8.0 = phi <16 x float> [ %474, %body108 ], [ %528, %body112 ]
  %o.sroa.4.0 = phi <16 x float> [ %471, %body108 ], [ %525, %body112 ]
  %o.sroa.0.0 = phi <16 x float> [ %468, %body108 ], [ %524, %body112 ]
  %o.sroa.48.0 = phi <16 x float> [ %504, %body108 ], [ %548, %body112 ]
  %o.sroa.52.0 = phi <16 x float> [ %507, %body108 ], [ %549, %body112 ]
  %o.sroa.56.0 = phi <16 x float> [ %510, %body108 ], [ %552, %body112 ]
  %o.sroa.60.0 = phi <16 x float> [ %513, %body108 ], [ %553, %body112 ]
  %kpv115 = phi i32 [ 0, %body108 ], [ %554, %body112 ]
  %514 = icmp slt i32 %kpv115, %270
  br i1 %514, label %body112, label %exit114

body112:                                          ; preds = %kpv
  %515 = sext i32 %kpv115 to i64
  %516 = mul i64 %515, 32
  %517 = getelementptr i32, ptr %st, i64 %516
  %p = load <16 x float>, ptr %517, align 64
  %518 = add i64 %516, 16
  %519 = getelementptr i32, ptr %st, i64 %518
  %p116 = load <16 x float>, ptr %519, align 64
  %520 = mul i64 %515, 4096
  %521 = getelementptr i8, ptr %vbuf, i64 %520
  %522 = getelementptr i32, ptr %521, i64 %464
  %v = load float, ptr %522, align 4
  %523 = insertelement <16 x float> poison, float %v, i32 0
  %splat117 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.0.0)
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat117, <16 x float> %o.sroa.4.0)
  %526 = getelementptr i32, ptr %522, i64 1
  %v118 = load float, ptr %526, align 4
  %527 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %527, <16 x float> poison, <16 x i32> zeroinitializer
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.8.0)
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat119, <16 x float> %o.sroa.12.0)
  %530 = getelementptr i32, ptr %522, i64 2
  %v120 = load float, ptr %530, align 4
  %531 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %531, <16 x float> poison, <16 x i32> zeroinitializer
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.16.0)
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat121, <16 x float> %o.sroa.20.0)
  %534 = getelementptr i32, ptr %522, i64 3
  %v122 = load float, ptr %534, align 4
  %535 = insertelement <16 x float> poison, float %v122, i32 0
  %splat123 = shufflevector <16 x float> %535, <16 x float> poison, <16 x i32> zeroinitializer
  %536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.24.0)
  %537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat123, <16 x float> %o.sroa.28.0)
  %538 = getelementptr i32, ptr %522, i64 4
  %v124 = load float, ptr %538, align 4
  %539 = insertelement <16 x float> poison, float %v124, i32 0
  %splat125 = shufflevector <16 x float> %539, <16 x float> poison, <16 x i32> zeroinitializer
  %540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.32.0)
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat125, <16 x float> %o.sroa.36.0)
  %542 = getelementptr i32, ptr %522, i64 5
  %v126 = load float, ptr %542, align 4
  %543 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %543, <16 x float> poison, <16 x i32> zeroinitializer
  %544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.40.0)
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat127, <16 x float> %o.sroa.44.0)
  %546 = getelementptr i32, ptr %522, i64 6
  %v128 = load float, ptr %546, align 4
  %547 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %547, <16 x float> poison, <16 x i32> zeroinitializer
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.48.0)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat129, <16 x float> %o.sroa.52.0)
  %550 = getelementptr i32, ptr %522, i64 7
  %v130 = load float, ptr %550, align 4
  %551 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %551, <16 x float> poison, <16 x i32> zeroinitializer
  %552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.56.0)
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat131, <16 x float> %o.sroa.60.0)
  %554 = add nsw i32 %kpv115, 1
  br label %kpv

exit114:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %466, align 64
  store <16 x float> %o.sroa.4.0, ptr %469, align 64
  store <16 x float> %o.sroa.8.0, ptr %472, align 64
  store <16 x float> %o.sroa.12.0, ptr %475, align 64
  store <16 x float> %o.sroa.16.0, ptr %478, align 64
  store <16 x float> %o.sroa.20.0, ptr %481, align 64
  store <16 x float> %o.sroa.24.0, ptr %484, align 64
  store <16 x float> %o.sroa.28.0, ptr %487, align 64
  store <16 x float> %o.sroa.32.0, ptr %490, align 64
  store <16 x float> %o.sroa.36.0, ptr %493, align 64
  store <16 x float> %o.sroa.40.0, ptr %496, align 64
  store <16 x float> %o.sroa.44.0, ptr %499, align 64
  store <16 x float> %o.sroa.48.0, ptr %502, align 64
  store <16 x float> %o.sroa.52.0, ptr %505, align 64
  store <16 x float> %o.sroa.56.0, ptr %508, align 64
  store <16 x float> %o.sroa.60.0, ptr %511, align 64
  %555 = add nsw i32 %pvblock111, 1
  br label %pvblock

orow132:                                          ; preds = %written, %exit25
  %orow136 = phi i32 [ 0, %exit25 ], [ %590, %written ]
  %556 = icmp slt i32 %orow136, %nrows
  br i1 %556, label %body133, label %done

body133:                                          ; preds = %orow132
  %557 = sext i32 %orow136 to i64
  %558 = getelementptr float, ptr %ms, i64 %557
  %m137 = load float, ptr %558, align 4
  %559 = getelementptr float, ptr %ls, i64 %557
  %l = load float, ptr %559, align 4
  %560 = sdiv i32 %orow136, 32
  %561 = srem i32 %orow136, 32
  %562 = sext i32 %560 to i64
  %563 = mul i64 %562, 32768
  %564 = getelementptr i32, ptr %ot, i64 %563
  br label %otrow

otrow:                                            ; preds = %body138, %body133
  %otrow141 = phi i32 [ 0, %body133 ], [ %573, %body138 ]
  %565 = icmp slt i32 %otrow141, 1024
  br i1 %565, label %body138, label %exit140

body138:                                          ; preds = %otrow
  %566 = sext i32 %561 to i64
  %567 = sext i32 %otrow141 to i64
  %568 = mul i64 %567, 32
  %569 = add i64 %568, %566
  %570 = getelementptr i32, ptr %564, i64 %569
  %571 = load float, ptr %570, align 4
  %572 = getelementptr i32, ptr %rowbuf, i64 %567
  store float %571, ptr %572, align 4
  %573 = add nsw i32 %otrow141, 1
  br label %otrow

exit140:                                          ; preds = %otrow
  %574 = icmp ne ptr %part, null
  br i1 %574, label %partial, label %final

partial:                                          ; preds = %exit140
  %575 = sext i32 %nrows to i64
  %576 = mul i64 %557, 1024
  %577 = getelementptr float, ptr %part, i64 %576
  br label %chunk142

final:                                            ; preds = %exit140
  %578 = sdiv i32 %orow136, %nh
  %qi147 = add i32 %q_begin, %578
  %579 = srem i32 %orow136, %nh
  %580 = add i32 %h_begin, %579
  %581 = mul i32 %kv_head, 128
  %hq148 = add i32 %581, %580
  %582 = sext i32 %qi147 to i64
  %583 = add i64 %q_row0, %582
  %584 = mul i64 %583, 128
  %585 = sext i32 %hq148 to i64
  %orow149 = add i64 %584, %585
  %586 = fcmp oeq float %l, 0.000000e+00
  %587 = fdiv float 1.000000e+00, %l
  %588 = select i1 %586, float 0.000000e+00, float %587
  %589 = insertelement <16 x float> poison, float %588, i32 0
  %splat150 = shufflevector <16 x float> %589, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk151

written:                                          ; preds = %exit154, %exit145
  %590 = add nsw i32 %orow136, 1
  br label %orow132

chunk142:                                         ; preds = %body143, %partial
  %chunk146 = phi i64 [ 0, %partial ], [ %596, %body143 ]
  %591 = icmp slt i64 %chunk146, 64
  br i1 %591, label %body143, label %exit145

body143:                                          ; preds = %chunk142
  %592 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk146
  %593 = load <16 x float>, ptr %592, align 64
  %594 = mul i64 %chunk146, 64
  %595 = getelementptr i8, ptr %577, i64 %594
  store <16 x float> %593, ptr %595, align 4
  %596 = add nsw i64 %chunk146, 1
  br label %chunk142

exit145:                                          ; preds = %chunk142
  %597 = mul i64 %575, 1024
  %598 = add i64 %597, %557
  %599 = getelementptr float, ptr %part, i64 %598
  store float %m137, ptr %599, align 4
  %600 = add i64 %598, %575
  %601 = getelementptr float, ptr %part, i64 %600
  store float %l, ptr %601, align 4
  br label %written

chunk151:                                         ; preds = %body152, %final
  %chunk155 = phi i64 [ 0, %final ], [ %608, %body152 ]
  %602 = icmp slt i64 %chunk155, 64
  br i1 %602, label %body152, label %exit154

body152:                                          ; preds = %chunk151
  %603 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk155
  %604 = load <16 x float>, ptr %603, align 64
  %605 = fmul <16 x float> %604, %splat150
  %606 = mul i64 %chunk155, 64
  %607 = getelementptr i8, ptr %rowbuf, i64 %606
  store <16 x float> %605, ptr %607, align 4
  %608 = add nsw i64 %chunk155, 1
  br label %chunk151

exit154:                                          ; preds = %chunk151
  %u = select i1 %586, ptr null, ptr %rowbuf
  call void @xcache_t5_11b_project(ptr %0, ptr %u, i64 %orow149)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @xcache_t5_11b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @xcache_t5_11b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @xcache_t5_11b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @xcache_t5_11b_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @xcache_t5_11b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @xcache_t5_11b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @xcache_t5_11b_info() #0 {
entry:
  ret ptr @xcache_t5_11b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
